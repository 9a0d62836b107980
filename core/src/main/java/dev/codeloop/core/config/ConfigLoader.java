package dev.codeloop.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the effective {@link Config}: {@code <home>/config.toml} (absent means all defaults), then the
 * selected profile, then {@link ConfigOverrides}. Construction does no I/O, and each {@link #load} reads
 * the file afresh, so the server can load config on the first request that needs it (see
 * {@link LazyConfig}) and pick up edits later.
 *
 * <p>Precedence, lowest first: built-in defaults, top-level keys, {@code [profiles.<profile>]},
 * {@code -c} overrides. Overrides beat the profile (Codex lets a profile beat {@code -c} for keys both
 * set; we prefer "what you typed last wins"). The profile is chosen by {@code profile}, which may itself
 * come from an override. Unknown keys are ignored so Codex configs load unchanged.
 */
public final class ConfigLoader {

    private final CodeloopHome home;
    private final Map<String, String> env;

    /**
     * @param env the environment to read {@code OPENAI_BASE_URL} from (API keys are read later, by
     *            {@link ModelProviderInfo#apiKey}); usually {@link System#getenv()}
     */
    public ConfigLoader(CodeloopHome home, Map<String, String> env) {
        this.home = Objects.requireNonNull(home, "home");
        this.env = Map.copyOf(env);
    }

    /** A loader for this process: {@link CodeloopHome#fromEnvironment()} and {@link System#getenv()}. */
    public static ConfigLoader forCurrentProcess() {
        return new ConfigLoader(CodeloopHome.fromEnvironment(), System.getenv());
    }

    public CodeloopHome home() {
        return home;
    }

    public Config load() {
        return load(ConfigOverrides.empty());
    }

    /** @throws ConfigException if the file cannot be read or parsed, or a known key has a bad value */
    public Config load(ConfigOverrides overrides) {
        Map<String, Object> fileTree = ConfigFileReader.read(home.configFile());

        // The profile name and the profile's own keys may both come from overrides.
        Map<String, Object> withOverrides = layered(fileTree, null, overrides);
        String profile = new ConfigReader(withOverrides, List.of(), originIgnoringProfile(overrides)).string("profile");
        Map<String, Object> profileTable = profile == null ? null : profileTable(withOverrides, profile, overrides);

        Map<String, Object> effective = layered(fileTree, profileTable, overrides);
        KeyOrigin origin = new LayeredKeyOrigin(home.configFile(), profile, profileTable, overrides);
        return ConfigResolver.resolve(effective, home, env, origin);
    }

    private static Map<String, Object> layered(Map<String, Object> fileTree, Map<String, Object> profileTable,
            ConfigOverrides overrides) {
        Map<String, Object> tree = new LinkedHashMap<>();
        TomlValues.deepMerge(tree, fileTree);
        if (profileTable != null) {
            TomlValues.deepMerge(tree, profileTable);
        }
        for (ConfigOverrides.Override override : overrides.entries()) {
            TomlValues.set(tree, override.path(), override.value());
        }
        return tree;
    }

    private Map<String, Object> profileTable(Map<String, Object> tree, String profile, ConfigOverrides overrides) {
        KeyOrigin origin = originIgnoringProfile(overrides);
        ConfigReader profiles = new ConfigReader(tree, List.of(), origin).table("profiles");
        ConfigReader selected = profiles == null ? null : profiles.table(profile);
        if (selected == null) {
            throw new ConfigException("Config profile `" + profile + "` is not defined: add a [profiles." + profile
                    + "] table to " + home.configFile() + " or choose another profile ("
                    + origin.describe(List.of("profile")) + ")");
        }
        return selected.values();
    }

    private KeyOrigin originIgnoringProfile(ConfigOverrides overrides) {
        return new LayeredKeyOrigin(home.configFile(), null, null, overrides);
    }
}
