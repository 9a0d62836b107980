package dev.codeloop.protocol.schema;

/**
 * One incompatible difference between two versions of the schema.
 *
 * @param kind     what kind of break
 * @param location where, as {@code method.params.field...} (array elements {@code []}, union variants
 *                 {@code <tag>})
 * @param detail   what changed, in words
 */
public record BreakingChange(Kind kind, String location, String detail) {

    public enum Kind {
        REMOVED_METHOD("removed method"),
        REMOVED_NOTIFICATION("removed notification"),
        REMOVED_FIELD("removed field"),
        CHANGED_TYPE("changed type"),
        FIELD_MADE_REQUIRED("field made required in params"),
        NEW_REQUIRED_FIELD("new required param field"),
        FIELD_MADE_OPTIONAL("field no longer always sent"),
        REMOVED_ENUM_VALUE("removed enum value"),
        CHANGED_DISCRIMINATOR("changed discriminator");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return kind.label() + ": " + location + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
