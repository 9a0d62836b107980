package dev.codeloop.server.rpc;

import dev.codeloop.protocol.MethodDescriptor;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;

/**
 * Sends notifications to the client, honouring the methods it opted out of at initialize and leaving out
 * experimental fields unless it opted in to them.
 */
public final class NotificationSender {

    private final Supplier<? extends RemoteEndpoint> remote;
    private final ConnectionState state;

    public NotificationSender(Supplier<? extends RemoteEndpoint> remote, ConnectionState state) {
        this.remote = remote;
        this.state = state;
    }

    public <P> void send(MethodDescriptor<P, Void> method, P params) {
        if (state.wants(method.name())) {
            remote.get().notify(method.name(), visibleToClient(params));
        }
    }

    /** {@code params} as this client may see them: without experimental fields unless it opted in. */
    public <P> P visibleToClient(P params) {
        return state.experimentalApi() ? params : ExperimentalApi.strip(params);
    }
}
