package dev.codeloop.server.rpc;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The databind mapper the server used on the wire before its generated codecs, configured as it was: tests
 * compare the server's hand-made and generated JSON with what this writes and reads.
 */
final class DatabindWire {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private DatabindWire() {
    }
}
