package dev.codeloop.protocol.approval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * The client's decision on an approval request: a bare string ({@code "accept"}, {@code "acceptForSession"},
 * {@code "decline"}, {@code "cancel"}) or, for Codex's amendment decisions, a one-key object
 * ({@code {"acceptWithExecpolicyAmendment": {...}}}).
 *
 * @param kind    the decision's name
 * @param payload the object form's value, kept as the client gave it; null for the string forms
 */
public record ApprovalDecision(String kind, Object payload) {

    public static final ApprovalDecision ACCEPT = new ApprovalDecision("accept", null);
    public static final ApprovalDecision ACCEPT_FOR_SESSION = new ApprovalDecision("acceptForSession", null);
    public static final ApprovalDecision DECLINE = new ApprovalDecision("decline", null);
    public static final ApprovalDecision CANCEL = new ApprovalDecision("cancel", null);

    @JsonValue
    Object toWire() {
        return payload == null ? kind : Map.of(kind, payload);
    }

    @JsonCreator
    static ApprovalDecision fromWire(Object wire) {
        if (wire instanceof String s) {
            return new ApprovalDecision(s, null);
        }
        if (wire instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            return new ApprovalDecision(String.valueOf(entry.getKey()), entry.getValue());
        }
        throw new IllegalArgumentException("decision must be a string or a one-key object");
    }
}
