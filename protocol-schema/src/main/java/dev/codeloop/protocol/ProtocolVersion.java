package dev.codeloop.protocol;

/** The version of Codeloop's wire protocol, reported in the {@code initialize} result. */
public final class ProtocolVersion {

    /** Bumped on every wire change; additions bump the minor part, breaking changes are never made. */
    public static final String CURRENT = "1.0.0";

    private ProtocolVersion() {
    }
}
