package dev.codeloop.core.config;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Converts TOML values into a plain tree ({@code Map<String,Object>}, {@code List<Object>}, String, Long,
 * Double, Boolean, java.time) that is easy to merge and to read with type checks.
 */
final class TomlValues {

    private TomlValues() {
    }

    /** A deep, mutable copy of a parsed table. */
    static Map<String, Object> toTree(TomlTable table) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            // The List overload: a String key would be re-parsed as a dotted path.
            tree.put(key, toPlain(table.get(List.of(key))));
        }
        return tree;
    }

    static Object toPlain(Object value) {
        if (value instanceof TomlTable table) {
            return toTree(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(toPlain(array.get(i)));
            }
            return list;
        }
        return value;
    }

    /** Brings Java values given programmatically into the same shapes the TOML parser produces. */
    static Object normalize(Object value) {
        return switch (value) {
            case TomlTable table -> toTree(table);
            case TomlArray array -> toPlain(array);
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Float f -> f.doubleValue();
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(String.valueOf(key), normalize(item)));
                yield copy;
            }
            case List<?> list -> new ArrayList<>(list.stream().map(TomlValues::normalize).toList());
            case String s -> s;
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b;
            case Temporal t -> t;
            default -> throw new IllegalArgumentException("unsupported config value type: " + value.getClass().getName());
        };
    }

    /** The TOML name of a value's type, for error messages. */
    static String typeName(Object value) {
        return switch (value) {
            case String s -> "a string";
            case Long l -> "an integer";
            case Double d -> "a float";
            case Boolean b -> "a boolean";
            case List<?> l -> "an array";
            case Map<?, ?> m -> "a table";
            default -> "a date/time";
        };
    }

    /** Overlays {@code top} onto {@code base} in place: tables merge key by key, anything else replaces. */
    @SuppressWarnings("unchecked")
    static void deepMerge(Map<String, Object> base, Map<String, Object> top) {
        top.forEach((key, value) -> {
            if (value instanceof Map<?, ?> topTable && base.get(key) instanceof Map<?, ?> baseTable) {
                deepMerge((Map<String, Object>) baseTable, (Map<String, Object>) topTable);
            } else {
                base.put(key, deepCopy(value));
            }
        });
    }

    /** Sets {@code path} in {@code tree}, creating tables on the way and replacing non-tables in the way. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> tree, List<String> path, Object value) {
        Map<String, Object> table = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            if (!(table.get(key) instanceof Map<?, ?>)) {
                table.put(key, new LinkedHashMap<String, Object>());
            }
            table = (Map<String, Object>) table.get(key);
        }
        table.put(path.getLast(), deepCopy(value));
    }

    /** The value at {@code path}, or null when any part is missing or not a table. */
    static Object get(Map<String, Object> tree, List<String> path) {
        Object current = tree;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> table)) {
                return null;
            }
            current = table.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, item) -> copy.put(key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(TomlValues::deepCopy).toList());
        }
        return value;
    }

    /** A deep read-only view, for values held by immutable objects. */
    static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, frozen(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TomlValues::frozen).toList();
        }
        return value;
    }
}
