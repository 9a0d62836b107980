package dev.codeloop.core.thread.store;

import dev.codeloop.core.config.WireEnum;
import java.util.Locale;

/**
 * How enums are spelled in the log: config enums by their config spelling (kebab-case, as in
 * config.toml), every other enum as its constant name in snake_case ({@code IN_PROGRESS -> in_progress}).
 */
final class WireNames {

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return constant instanceof WireEnum wire ? wire.wireValue() : constant.name().toLowerCase(Locale.ROOT);
    }

    static String ofNullable(Enum<?> constant) {
        return constant == null ? null : of(constant);
    }

    /** The constant spelled {@code value}, null for null; an unknown spelling is an {@link UnknownKindException}. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        throw new UnknownKindException(type.getSimpleName(), value);
    }
}
