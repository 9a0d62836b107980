package dev.codeloop.server.rpc;

import dev.codeloop.protocol.initialize.ClientInfo;
import dev.codeloop.protocol.initialize.InitializeCapabilities;
import dev.codeloop.protocol.initialize.InitializeParams;
import dev.codeloop.protocol.initialize.InitializeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code initialize} params and result without Jackson (see {@link StrictJson}): the first request is
 * answered before any Jackson class is initialised. Readers return null for any shape they do not expect,
 * so the caller falls back to databind and its precise -32602 messages.
 */
final class InitializeJson {

    /** Marks "could not read" where null is a legitimate value. */
    private static final Object UNSURE = new Object();

    private InitializeJson() {
    }

    /** The params from a {@link StrictJson} value: an object or {@link StrictJson#NULL}. Null when unsure. */
    static InitializeParams readParams(Object params) {
        if (params == StrictJson.NULL) {
            return new InitializeParams(null, null);
        }
        if (!(params instanceof Map<?, ?> members)) {
            return null;
        }
        Object client = members.containsKey("clientInfo") ? clientInfo(members.get("clientInfo")) : null;
        Object capabilities = members.containsKey("capabilities") ? capabilities(members.get("capabilities")) : null;
        if (client == UNSURE || capabilities == UNSURE) {
            return null;
        }
        return new InitializeParams((ClientInfo) client, (InitializeCapabilities) capabilities);
    }

    private static Object clientInfo(Object value) {
        if (value == StrictJson.NULL) {
            return null;
        }
        if (!(value instanceof Map<?, ?> members)) {
            return UNSURE;
        }
        Object name = string(members.get("name"));
        Object title = string(members.get("title"));
        Object version = string(members.get("version"));
        if (name == UNSURE || title == UNSURE || version == UNSURE) {
            return UNSURE;
        }
        return new ClientInfo((String) name, (String) title, (String) version);
    }

    private static Object capabilities(Object value) {
        if (value == StrictJson.NULL) {
            return null;
        }
        if (!(value instanceof Map<?, ?> members)) {
            return UNSURE;
        }
        Object experimental = members.get("experimentalApi");
        if (experimental == StrictJson.NULL) {
            experimental = null;
        } else if (experimental != null && !(experimental instanceof Boolean)) {
            return UNSURE;
        }
        Object optOut = members.get("optOutNotificationMethods");
        List<String> methods = null;
        if (optOut instanceof List<?> items) {
            methods = new ArrayList<>(items.size());
            for (Object item : items) {
                if (!(item instanceof String method)) {
                    return UNSURE;
                }
                methods.add(method);
            }
        } else if (optOut != null && optOut != StrictJson.NULL) {
            return UNSURE;
        }
        return new InitializeCapabilities((Boolean) experimental, methods);
    }

    private static Object string(Object value) {
        if (value == null || value == StrictJson.NULL) {
            return null;
        }
        return value instanceof String ? value : UNSURE;
    }

    /** The whole response line, with the same members in the same order as databind would write. */
    static byte[] responseLine(Either<String, Number> id, InitializeResponse response) {
        StringBuilder out = new StringBuilder(256).append("{\"id\":");
        if (id == null) {
            out.append("null");
        } else if (id.isLeft()) {
            StrictJson.writeString(out, id.getLeft());
        } else {
            out.append(id.getRight().longValue());
        }
        out.append(",\"result\":{\"userAgent\":");
        StrictJson.writeString(out, response.userAgent());
        out.append(",\"codexHome\":");
        StrictJson.writeString(out, response.codexHome());
        out.append(",\"platformFamily\":");
        StrictJson.writeString(out, response.platformFamily());
        out.append(",\"platformOs\":");
        StrictJson.writeString(out, response.platformOs());
        out.append(",\"protocolVersion\":");
        StrictJson.writeString(out, response.protocolVersion());
        return out.append("}}\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
