package dev.codeloop.server.handlers;

import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.ProtocolVersion;
import dev.codeloop.protocol.initialize.ClientInfo;
import dev.codeloop.protocol.initialize.InitializeCapabilities;
import dev.codeloop.protocol.initialize.InitializeParams;
import dev.codeloop.protocol.initialize.InitializeResponse;
import dev.codeloop.server.ServerInfo;
import dev.codeloop.server.rpc.ConnectionState;
import dev.codeloop.server.rpc.Handler;
import dev.codeloop.server.rpc.ParamsBinder;
import dev.codeloop.server.rpc.Reply;
import dev.codeloop.server.rpc.RpcErrors;
import java.nio.file.Path;
import java.util.HashSet;

/** {@code initialize}: records who the client is and what it opted into. Touches no config, no network. */
public final class InitializeHandler implements Handler<InitializeParams, InitializeResponse> {

    private final ConnectionState state;
    private final Path home;

    public InitializeHandler(ConnectionState state, Path home) {
        this.state = state;
        this.home = home;
    }

    @Override
    public Reply<InitializeResponse> handle(InitializeParams params) {
        String method = Methods.INITIALIZE.name();
        ClientInfo client = ParamsBinder.require(method, "clientInfo", params.clientInfo());
        String name = ParamsBinder.require(method, "clientInfo.name", client.name());
        if (!isHeaderValue(name)) {
            throw RpcErrors.invalidRequest("Invalid clientInfo.name: it must be printable ASCII without control "
                    + "characters, because it is sent in HTTP headers");
        }
        InitializeCapabilities capabilities = params.capabilities();
        boolean experimental = capabilities != null && Boolean.TRUE.equals(capabilities.experimentalApi());
        HashSet<String> optOut = new HashSet<>();
        if (capabilities != null && capabilities.optOutNotificationMethods() != null) {
            optOut.addAll(capabilities.optOutNotificationMethods());
        }
        state.initialize(name, client.version() == null ? "" : client.version(), experimental, optOut);
        return Reply.of(new InitializeResponse(
                ServerInfo.userAgent(name, client.version()),
                home.toString(),
                ServerInfo.platformFamily(),
                ServerInfo.platformOs(),
                ProtocolVersion.CURRENT));
    }

    private static boolean isHeaderValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
