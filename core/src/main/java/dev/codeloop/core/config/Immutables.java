package dev.codeloop.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for record components; maps keep their order so logs and headers stay stable. */
final class Immutables {

    private Immutables() {
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value)));
        return Collections.unmodifiableMap(copy);
    }
}
