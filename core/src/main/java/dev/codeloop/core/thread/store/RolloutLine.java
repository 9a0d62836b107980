package dev.codeloop.core.thread.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One log line: {@code {"timestamp":"2025-01-02T03:04:05.678Z","type":"<kind>","payload":{…}}}, without the
 * newline. JSON strings escape every control character, so a line never contains a raw newline.
 */
final class RolloutLine {

    /**
     * A decoded line.
     *
     * @param record null when the line is well formed but of a kind this version does not know
     */
    record Decoded(long timestampMs, String kind, RolloutRecord record) {
    }

    private RolloutLine() {
    }

    static String encode(long timestampMs, RolloutRecord record) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("timestamp", Timestamps.format(timestampMs));
        line.put("type", RecordJson.kind(record));
        line.set("payload", RecordJson.payload(record));
        return StoreJson.write(line);
    }

    /** Decodes a line; a line that is not a well-formed record is a {@link MalformedRecordException}. */
    static Decoded decode(String text) {
        JsonNode line = StoreJson.parseObject(text);
        long timestampMs = Timestamps.parse(JsonFields.requiredString(line, "timestamp"));
        String kind = JsonFields.requiredString(line, "type");
        JsonNode payload = JsonFields.requiredObject(line, "payload");
        try {
            return new Decoded(timestampMs, kind, RecordJson.read(kind, payload));
        } catch (UnknownKindException e) {
            return new Decoded(timestampMs, kind, null);
        } catch (IllegalArgumentException | NullPointerException e) {
            // A record constructor rejected a value the codec let through (e.g. num_turns 0).
            throw new MalformedRecordException("invalid " + kind + " record: " + e.getMessage(), e);
        }
    }
}
