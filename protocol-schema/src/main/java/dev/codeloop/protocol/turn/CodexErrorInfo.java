package dev.codeloop.protocol.turn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * Machine-readable kind of a turn error, under Codex's name. On the wire it is either a bare string
 * ({@code "internalServerError"}) or, for transport failures, a one-key object carrying the HTTP status
 * ({@code {"responseStreamDisconnected":{"httpStatusCode":429}}}).
 *
 * @param kind          the camelCase kind
 * @param withHttpStatus whether the kind is one of the object forms
 * @param httpStatusCode the HTTP status for the object forms; null when there was none
 */
public record CodexErrorInfo(String kind, boolean withHttpStatus, Integer httpStatusCode) {

    public static CodexErrorInfo of(String kind) {
        return new CodexErrorInfo(kind, false, null);
    }

    public static CodexErrorInfo withStatus(String kind, Integer httpStatusCode) {
        return new CodexErrorInfo(kind, true, httpStatusCode);
    }

    @JsonValue
    Object toWire() {
        if (!withHttpStatus) {
            return kind;
        }
        java.util.LinkedHashMap<String, Object> inner = new java.util.LinkedHashMap<>();
        inner.put("httpStatusCode", httpStatusCode);
        return Map.of(kind, inner);
    }

    @JsonCreator
    static CodexErrorInfo fromWire(Object wire) {
        if (wire instanceof String s) {
            return of(s);
        }
        if (wire instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            Object status = entry.getValue() instanceof Map<?, ?> inner ? inner.get("httpStatusCode") : null;
            return withStatus(String.valueOf(entry.getKey()), status instanceof Number n ? n.intValue() : null);
        }
        throw new IllegalArgumentException("codexErrorInfo must be a string or a one-key object");
    }
}
