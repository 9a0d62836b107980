package dev.codeloop.server;

import java.util.Locale;

/** Facts about this server build and machine, reported to clients and the model provider. */
public final class ServerInfo {

    public static final String NAME = "codeloop";
    public static final String VERSION = dev.codeloop.core.CodeloopVersion.VERSION;

    private ServerInfo() {
    }

    public static String platformFamily() {
        return platformOs().equals("windows") ? "windows" : "unix";
    }

    public static String platformOs() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("darwin")) {
            return "macos";
        }
        if (os.contains("win")) {
            return "windows";
        }
        return os.contains("linux") ? "linux" : os;
    }

    /** {@code codeloop/0.1.0 (linux; amd64) client/1.2}: sent as the User-Agent to model providers. */
    public static String userAgent(String clientName, String clientVersion) {
        return NAME + "/" + VERSION + " (" + platformOs() + "; " + System.getProperty("os.arch", "?") + ") "
                + clientName + (clientVersion == null || clientVersion.isEmpty() ? "" : "/" + clientVersion);
    }
}
