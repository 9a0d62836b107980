package dev.codeloop.testkit.schema;

/**
 * One way a wire message differs from the Codex reference schema.
 *
 * @param location JSON pointer into the whole message, e.g. {@code /params/turn/status} ("" = the message itself)
 * @param message  what is wrong there, e.g. {@code required property 'id' not found}
 */
public record SchemaViolation(String location, String message) {
    @Override
    public String toString() {
        return (location.isEmpty() ? "(message)" : location) + ": " + message;
    }
}
