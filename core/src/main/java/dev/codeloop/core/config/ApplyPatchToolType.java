package dev.codeloop.core.config;

import java.util.Optional;

/**
 * How apply_patch is offered to the model ({@code apply_patch_tool_type}): as a freeform (custom) tool whose
 * input is the raw patch, or as a JSON function {@code {input}} for models without custom tools.
 */
public enum ApplyPatchToolType implements WireEnum {
    FREEFORM("freeform"),
    FUNCTION("function");

    private final String wireValue;

    ApplyPatchToolType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static Optional<ApplyPatchToolType> fromWire(String value) {
        return Optional.ofNullable(WireEnum.fromWire(ApplyPatchToolType.class, value));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
