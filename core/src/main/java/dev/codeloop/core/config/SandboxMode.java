package dev.codeloop.core.config;

import java.util.Optional;

/** How much of the machine commands may touch ({@code sandbox_mode}). */
public enum SandboxMode implements WireEnum {
    READ_ONLY("read-only"),
    WORKSPACE_WRITE("workspace-write"),
    DANGER_FULL_ACCESS("danger-full-access");

    private final String wireValue;

    SandboxMode(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<SandboxMode> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(SandboxMode.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
