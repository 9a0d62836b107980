package dev.codeloop.core.config;

import java.util.Optional;

/** Whether and how the model summarises its reasoning ({@code model_reasoning_summary}). */
public enum ReasoningSummary implements WireEnum {
    AUTO("auto"),
    CONCISE("concise"),
    DETAILED("detailed"),
    NONE("none");

    private final String wireValue;

    ReasoningSummary(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<ReasoningSummary> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(ReasoningSummary.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
