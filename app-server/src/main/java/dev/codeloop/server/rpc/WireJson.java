package dev.codeloop.server.rpc;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the wire: Jackson, configured once. */
public final class WireJson {

    private WireJson() {
    }

    private static final class Holder {
        static final JsonMapper MAPPER = JsonMapper.builder()
                // Clients built for newer protocol versions may send fields we do not know: ignore them.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Empty results such as turn/interrupt's {} are records without components.
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    public static JsonMapper mapper() {
        return Holder.MAPPER;
    }
}
