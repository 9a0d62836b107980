package dev.codeloop.core.config;

import java.util.Optional;

/** When the agent must ask the user before running a command ({@code approval_policy}). */
public enum ApprovalPolicy implements WireEnum {
    UNTRUSTED("untrusted"),
    ON_FAILURE("on-failure"),
    ON_REQUEST("on-request"),
    NEVER("never");

    private final String wireValue;

    ApprovalPolicy(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The constant spelled {@code value} in config or on the wire, if any. */
    public static Optional<ApprovalPolicy> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(ApprovalPolicy.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
