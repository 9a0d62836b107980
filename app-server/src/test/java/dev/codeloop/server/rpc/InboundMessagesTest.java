package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What lsp4j prints in its log lines about the messages we read: our JSON, never a Gson failure. */
class InboundMessagesTest {

    @Test
    void messagesPrintAsTheirJson() throws Exception {
        assertEquals("{\"id\":\"r1\",\"method\":\"thread/read\",\"params\":{\"threadId\":\"t\",\"n\":[1,2.5,null]}}",
                JsonRpcCodec.parse("{\"id\":\"r1\",\"method\":\"thread/read\",\"params\":{\"threadId\":\"t\","
                        + "\"n\":[1,2.5,null]}}").toString());
        assertEquals("{\"method\":\"initialized\",\"params\":null,\"emittedAtMs\":0}",
                JsonRpcCodec.parse("{\"method\":\"initialized\"}").toString());
        assertEquals("{\"id\":41,\"error\":{\"code\":-1,\"message\":\"no\"}}",
                JsonRpcCodec.parse("{\"id\":41,\"error\":{\"code\":-1,\"message\":\"no\"}}").toString());
    }

    @Test
    void aNumberGsonRefusesStillPrints() throws Exception {
        // lsp4j logs a response to an id it never sent; with Gson this threw "Infinity is not a valid double".
        assertEquals("{\"id\":99,\"result\":{\"x\":\"Infinity\"}}",
                JsonRpcCodec.parse("{\"id\":99,\"result\":{\"x\":1e999}}").toString());
    }
}
