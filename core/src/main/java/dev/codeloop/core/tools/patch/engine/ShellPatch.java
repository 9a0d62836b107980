package dev.codeloop.core.tools.patch.engine;

/** A patch found in a shell command: its text, and the directory of a leading {@code cd <dir> &&} (or null). */
public record ShellPatch(String patch, String cd) {
}
