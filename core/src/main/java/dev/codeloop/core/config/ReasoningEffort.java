package dev.codeloop.core.config;

import java.util.Optional;

/** How hard a reasoning model should think ({@code model_reasoning_effort}). */
public enum ReasoningEffort implements WireEnum {
    NONE("none"),
    MINIMAL("minimal"),
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    XHIGH("xhigh");

    private final String wireValue;

    ReasoningEffort(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<ReasoningEffort> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(ReasoningEffort.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
