package dev.codeloop.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Attributes a key to the layer that set it last: a {@code -c} override, else the active profile, else
 * the config file.
 */
record LayeredKeyOrigin(Path configFile, String profile, Map<String, Object> profileTable, ConfigOverrides overrides)
        implements KeyOrigin {

    @Override
    public String describe(List<String> path) {
        for (ConfigOverrides.Override override : overrides.entries().reversed()) {
            if (isPrefix(override.path(), path) || setsInProfile(override.path(), path)) {
                return "from -c override " + override.key();
            }
        }
        if (profileTable != null && TomlValues.get(profileTable, path) != null) {
            return "in profile `" + profile + "` of " + configFile;
        }
        return "in " + configFile;
    }

    private static boolean isPrefix(List<String> prefix, List<String> path) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** Whether an override of {@code profiles.<active>.<rest>} set the value at {@code path}. */
    private boolean setsInProfile(List<String> overridePath, List<String> path) {
        if (profile == null) {
            return false;
        }
        List<String> profileRoot = List.of("profiles", profile);
        return overridePath.size() > profileRoot.size()
                && isPrefix(profileRoot, overridePath)
                && isPrefix(overridePath.subList(profileRoot.size(), overridePath.size()), path);
    }
}
