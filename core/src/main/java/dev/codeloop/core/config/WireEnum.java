package dev.codeloop.core.config;

import java.util.Arrays;
import java.util.List;

/** An enum whose constants are spelled in config files (and on the wire) by a fixed string. */
public interface WireEnum {

    String wireValue();

    /** The constant spelled {@code value} (case-sensitive, as Codex is), or null if none is. */
    static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireValue().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Every accepted spelling, in declaration order, for error messages. */
    static <E extends Enum<E> & WireEnum> List<String> allowedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireValue).toList();
    }
}
