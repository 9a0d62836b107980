package dev.codeloop.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tomlj.Toml;
import org.tomlj.TomlValue;

/**
 * Session overrides applied on top of {@code config.toml}, in order (a later override of the same key
 * wins). Built from Codex-style {@code -c key=value} arguments, or from typed values (e.g. the
 * {@code config} map of a protocol request). Immutable.
 */
public final class ConfigOverrides {

    /**
     * One override.
     *
     * @param path  the key path, e.g. {@code [model_providers, local, base_url]}
     * @param value a TOML-shaped value: String, Long, Double, Boolean, a java.time value, List or Map
     */
    public record Override(List<String> path, Object value) {
        public Override {
            path = List.copyOf(path);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("override path must not be empty");
            }
            value = TomlValues.frozen(TomlValues.normalize(Objects.requireNonNull(value, "value")));
        }

        /** The dotted key, as it would be written after {@code -c}. */
        public String key() {
            return Toml.joinKeyPath(path);
        }

        /** Key only: the value may be a token. */
        @java.lang.Override
        public String toString() {
            return key();
        }
    }

    private static final ConfigOverrides EMPTY = new ConfigOverrides(List.of());

    private final List<Override> entries;

    private ConfigOverrides(List<Override> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ConfigOverrides empty() {
        return EMPTY;
    }

    /** Parses {@code key=value} arguments (the text after each {@code -c}). */
    public static ConfigOverrides parse(List<String> arguments) {
        List<Override> parsed = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            parsed.add(parseOne(argument));
        }
        return new ConfigOverrides(parsed);
    }

    public static ConfigOverrides parse(String... arguments) {
        return parse(List.of(arguments));
    }

    /**
     * Parses one {@code key=value}: {@code key} is a dotted path (quote segments containing dots);
     * {@code value} is read as TOML ({@code true}, {@code 42}, {@code "s"}, {@code [..]}, {@code {..}}),
     * and taken as a plain string when it is not valid TOML, so {@code model=gpt-5.5} works unquoted.
     */
    public static Override parseOne(String argument) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            throw new ConfigException("Invalid -c override '" + argument + "': expected key=value, "
                    + "e.g. -c model=gpt-5.5 or -c sandbox_workspace_write.network_access=true");
        }
        List<String> path = parseKey(argument.substring(0, equals).strip(), argument);
        String rawValue = argument.substring(equals + 1).strip();
        return new Override(path, parseValue(rawValue));
    }

    /** A typed override of a dotted key, e.g. {@code with("model_reasoning_effort", "high")}. */
    public ConfigOverrides with(String dottedKey, Object value) {
        return plus(new ConfigOverrides(List.of(new Override(parseKey(dottedKey.strip(), dottedKey), value))));
    }

    /** These overrides followed by {@code later}, which win on a clash. */
    public ConfigOverrides plus(ConfigOverrides later) {
        if (later.entries.isEmpty()) {
            return this;
        }
        List<Override> combined = new ArrayList<>(entries);
        combined.addAll(later.entries);
        return new ConfigOverrides(combined);
    }

    public List<Override> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @java.lang.Override
    public String toString() {
        return "ConfigOverrides" + entries;
    }

    private static List<String> parseKey(String key, String argument) {
        if (key.isEmpty()) {
            throw new ConfigException("Invalid -c override '" + argument + "': the key before '=' is empty");
        }
        try {
            return Toml.parseDottedKey(key);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Invalid -c override '" + argument + "': '" + key + "' is not a valid dotted key "
                    + "(quote segments with unusual characters, e.g. projects.\"/my/repo\".trust_level)", e);
        }
    }

    private static Object parseValue(String rawValue) {
        try {
            return TomlValues.toPlain(TomlValue.parse(rawValue).get());
        } catch (IllegalArgumentException notToml) {
            return rawValue;
        }
    }
}
