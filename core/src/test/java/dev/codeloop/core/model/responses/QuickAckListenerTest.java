package dev.codeloop.core.model.responses;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** TCP_QUICKACK is best effort: it never breaks a stream, whatever state the socket is in. */
class QuickAckListenerTest {

    @Test
    void connectedAndClosedSocketsAreBothFine() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertDoesNotThrow(() -> QuickAckListener.quickAck(client));
            client.close();
            assertDoesNotThrow(() -> QuickAckListener.quickAck(client));
        }
    }
}
