package dev.codeloop.testkit.model;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import javax.net.ServerSocketFactory;

/**
 * MockWebServer binds with an accept backlog of 50. A benchmark opening 100 connections at once could overflow
 * it, and a dropped SYN costs the client a one-second retransmit, so we raise the backlog.
 */
final class WideBacklogServerSocketFactory extends ServerSocketFactory {
    private static final int BACKLOG = 1024;

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public void bind(SocketAddress endpoint, int backlog) throws IOException {
                super.bind(endpoint, Math.max(backlog, BACKLOG));
            }
        };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, BACKLOG);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return new ServerSocket(port, Math.max(backlog, BACKLOG));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return new ServerSocket(port, Math.max(backlog, BACKLOG), address);
    }
}
