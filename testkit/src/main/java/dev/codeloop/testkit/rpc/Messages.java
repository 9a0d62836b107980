package dev.codeloop.testkit.rpc;

import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Predicates and summaries for asserting on sequences of wire messages. */
public final class Messages {

    private Messages() {
    }

    /** Matches a notification with this method. */
    public static Predicate<JsonNode> isNotification(String method) {
        return m -> MessageKind.of(m) == MessageKind.NOTIFICATION && method.equals(methodOf(m));
    }

    /** Matches a server→client request with this method. */
    public static Predicate<JsonNode> isServerRequest(String method) {
        return m -> MessageKind.of(m) == MessageKind.REQUEST && method.equals(methodOf(m));
    }

    /** Matches the response or error response to request {@code id}. */
    public static Predicate<JsonNode> isResponseTo(long id) {
        return m -> {
            MessageKind kind = MessageKind.of(m);
            return (kind == MessageKind.RESPONSE || kind == MessageKind.ERROR)
                    && m.get("id").isIntegralNumber() && m.get("id").asLong() == id;
        };
    }

    /** The {@code method} of a notification or request, else null. */
    public static String methodOf(JsonNode message) {
        JsonNode method = message.get("method");
        return method != null && method.isString() ? method.stringValue() : null;
    }

    /**
     * One label per message, for comparing sequences: the method for notifications and requests (requests get a
     * {@code " [request]"} suffix), {@code "response #id"} / {@code "error #id"} for responses.
     */
    public static List<String> labels(List<JsonNode> messages) {
        return messages.stream().map(Messages::label).toList();
    }

    public static String label(JsonNode message) {
        return switch (MessageKind.of(message)) {
            case NOTIFICATION -> methodOf(message);
            case REQUEST -> methodOf(message) + " [request]";
            case RESPONSE -> "response #" + message.get("id");
            case ERROR -> "error #" + message.get("id");
            case INVALID -> "invalid";
        };
    }
}
