package dev.codeloop.server.rpc;

import java.util.Set;

/**
 * What one client connection negotiated. {@code initialize} happens once; capabilities are fixed after it.
 */
public final class ConnectionState {

    private volatile boolean initialized;
    private volatile String clientName = "unknown";
    private volatile String clientVersion = "";
    private volatile boolean experimentalApi;
    private volatile Set<String> optedOutNotifications = Set.of();

    public boolean initialized() {
        return initialized;
    }

    public void initialize(String name, String version, boolean experimental, Set<String> optOut) {
        this.clientName = name;
        this.clientVersion = version;
        this.experimentalApi = experimental;
        this.optedOutNotifications = Set.copyOf(optOut);
        this.initialized = true;
    }

    public String clientName() {
        return clientName;
    }

    public String clientVersion() {
        return clientVersion;
    }

    public boolean experimentalApi() {
        return experimentalApi;
    }

    public boolean wants(String notificationMethod) {
        return !optedOutNotifications.contains(notificationMethod);
    }
}
