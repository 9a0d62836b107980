package dev.codeloop.core.config;

import java.util.List;

/** Says where the value at a key path came from, so errors point the user at what to fix. */
@FunctionalInterface
interface KeyOrigin {

    /** A phrase such as {@code in /home/me/.codeloop/config.toml} or {@code from -c override model=...}. */
    String describe(List<String> path);
}
