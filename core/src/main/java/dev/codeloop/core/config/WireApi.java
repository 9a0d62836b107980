package dev.codeloop.core.config;

import java.util.Optional;

/** Which OpenAI-style HTTP API a model provider speaks ({@code wire_api}). */
public enum WireApi implements WireEnum {
    RESPONSES("responses"),
    CHAT("chat");

    private final String wireValue;

    WireApi(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<WireApi> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(WireApi.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
