package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** {@code thread/list.cwd}: one directory, or several; matched exactly. On the wire a string or an array. */
public record CwdFilter(List<String> paths) {

    @JsonCreator
    static CwdFilter fromWire(Object wire) {
        if (wire instanceof String s) {
            return new CwdFilter(List.of(s));
        }
        if (wire instanceof List<?> list) {
            List<String> paths = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw new IllegalArgumentException("cwd must be a string or an array of strings");
                }
                paths.add(s);
            }
            return new CwdFilter(paths);
        }
        throw new IllegalArgumentException("cwd must be a string or an array of strings");
    }

    @JsonValue
    Object toWire() {
        return paths.size() == 1 ? paths.get(0) : paths;
    }
}
