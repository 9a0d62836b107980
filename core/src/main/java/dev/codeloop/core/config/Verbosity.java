package dev.codeloop.core.config;

import java.util.Optional;

/** How long the model's answers should be ({@code model_verbosity}). */
public enum Verbosity implements WireEnum {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String wireValue;

    Verbosity(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<Verbosity> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(Verbosity.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
