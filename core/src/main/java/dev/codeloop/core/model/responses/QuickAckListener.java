package dev.codeloop.core.model.responses;

import java.io.IOException;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * Asks Linux to ACK the model's stream at once (TCP_QUICKACK) after a request is sent on a reused connection.
 * Why: sending the request puts the socket in "pingpong" mode, where ACKs wait up to 40 ms for data to ride on;
 * a model server with Nagle's algorithm on then holds its next small SSE event until that ACK, so the first
 * deltas of a turn arrived 35–40 ms late (the p99 of the delta bench). Leaving pingpong mode once per request is
 * enough: we send nothing more while the stream runs, so the socket does not re-enter it. Best effort: where the
 * option is missing (other OSes, some TLS sockets) nothing changes.
 */
final class QuickAckListener extends EventListener {

    static final EventListener.Factory FACTORY = call -> new QuickAckListener();

    private Connection connection;

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        this.connection = connection;
    }

    @Override
    public void responseHeadersStart(Call call) {
        Connection acquired = connection;
        if (acquired != null) {
            quickAck(acquired.socket());
        }
    }

    static void quickAck(Socket socket) {
        try {
            if (socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
                socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the stream works the same, only its first ACKs may be delayed
        }
    }
}
