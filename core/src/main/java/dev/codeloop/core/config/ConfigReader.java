package dev.codeloop.core.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tomlj.Toml;

/**
 * Typed, checked reads from one table of the merged config tree. Absent keys read as null; present
 * keys of the wrong type or with a value out of range fail with a {@link ConfigException} that names
 * the full key path, what was expected and where the value came from.
 */
final class ConfigReader {

    private final Map<String, Object> table;
    private final List<String> prefix;
    private final KeyOrigin origin;

    ConfigReader(Map<String, Object> table, List<String> prefix, KeyOrigin origin) {
        this.table = table;
        this.prefix = List.copyOf(prefix);
        this.origin = origin;
    }

    Set<String> keys() {
        return table.keySet();
    }

    /** The table itself, for layering (read-only use). */
    Map<String, Object> values() {
        return table;
    }

    String string(String key) {
        Object value = table.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(key, "a string", value);
    }

    Long integer(String key) {
        Object value = table.get(key);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        throw wrongType(key, "an integer", value);
    }

    /** A non-negative integer that fits in an {@code int}. */
    Integer count(String key) {
        Long value = integer(key);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw invalid(key, "must be a non-negative integer no larger than " + Integer.MAX_VALUE + ", but is " + value);
        }
        return value.intValue();
    }

    /** A strictly positive integer. */
    Long positive(String key) {
        Long value = integer(key);
        if (value != null && value <= 0) {
            throw invalid(key, "must be a positive integer, but is " + value);
        }
        return value;
    }

    Boolean bool(String key) {
        Object value = table.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrongType(key, "a boolean (true or false)", value);
    }

    List<String> stringList(String key) {
        Object value = table.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw wrongType(key, "an array of strings", value);
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw invalid(key, "must be an array of strings, but contains " + TomlValues.typeName(item));
            }
            strings.add(s);
        }
        return strings;
    }

    /** A table whose values are all strings, e.g. {@code http_headers = { X-Foo = "bar" }}. */
    Map<String, String> stringMap(String key) {
        ConfigReader nested = table(key);
        if (nested == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (String name : nested.keys()) {
            strings.put(name, nested.string(name));
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    ConfigReader table(String key) {
        Object value = table.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(key, "a table", value);
        }
        List<String> path = new ArrayList<>(prefix);
        path.add(key);
        return new ConfigReader((Map<String, Object>) map, path, origin);
    }

    <E extends Enum<E> & WireEnum> E wireEnum(String key, Class<E> type) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        E constant = WireEnum.fromWire(type, value);
        if (constant == null) {
            throw invalid(key, "has unknown value \"" + value + "\"; expected one of: "
                    + String.join(", ", WireEnum.allowedValues(type)));
        }
        return constant;
    }

    /** A path; relative ones are resolved against {@code base} (the config file's directory). */
    Path path(String key, Path base) {
        String value = string(key);
        return value == null ? null : toPath(key, value, base);
    }

    List<Path> pathList(String key, Path base) {
        List<String> values = stringList(key);
        if (values == null) {
            return null;
        }
        List<Path> paths = new ArrayList<>(values.size());
        for (String value : values) {
            paths.add(toPath(key, value, base));
        }
        return paths;
    }

    /** A problem with the value of {@code key}; {@code problem} completes "`key` ...". */
    ConfigException invalid(String key, String problem) {
        List<String> path = new ArrayList<>(prefix);
        path.add(key);
        return new ConfigException("Invalid config: `" + Toml.joinKeyPath(path) + "` " + problem + " ("
                + origin.describe(path) + ")");
    }

    private Path toPath(String key, String value, Path base) {
        try {
            return base.resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw invalid(key, "is not a valid path: " + e.getMessage());
        }
    }

    private ConfigException wrongType(String key, String expected, Object actual) {
        return invalid(key, "must be " + expected + ", but is " + TomlValues.typeName(actual) + shortValue(actual));
    }

    /**
     * Short scalars are echoed to help spot the typo. Long strings, arrays and tables are not: they are
     * where a misplaced API key would be.
     */
    private static String shortValue(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return "";
        }
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 24 ? "" : " (" + text + ")";
    }
}
