package dev.codeloop.sample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in server for {@link CodeloopClientTest}, run as a real child process: NDJSON on stdin/stdout.
 * <ul>
 *   <li>{@code echo}: answers with its params;</li>
 *   <li>{@code fail}: answers with error -32000 "boom";</li>
 *   <li>{@code emit}: writes each string of {@code params.lines} verbatim, then answers {@code {}};</li>
 *   <li>{@code ask}: sends the server request {@code params.method} (id 7), waits for the client's reply
 *       and answers with that whole reply message;</li>
 *   <li>{@code exit}: exits with code 3 without answering.</li>
 * </ul>
 * Notifications from the client are echoed back as notification {@code seen} with {@code {method}}.
 */
public final class FakeServer {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FakeServer() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.err.println("fake server started");
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode message = MAPPER.readTree(line);
            String method = message.path("method").asString("");
            JsonNode id = message.get("id");
            JsonNode params = message.path("params");
            if (id == null) {
                out.println(MAPPER.writeValueAsString(MAPPER.createObjectNode().put("method", "seen")
                        .set("params", MAPPER.createObjectNode().put("method", method))));
                continue;
            }
            ObjectNode reply = MAPPER.createObjectNode();
            reply.set("id", id);
            switch (method) {
                case "echo" -> reply.set("result", params);
                case "fail" -> reply.set("error", MAPPER.createObjectNode().put("code", -32000).put("message", "boom"));
                case "emit" -> {
                    for (JsonNode raw : params.path("lines")) {
                        out.println(raw.asString());
                    }
                    reply.set("result", MAPPER.createObjectNode());
                }
                case "ask" -> {
                    ObjectNode request = MAPPER.createObjectNode().put("method", params.path("method").asString()).put("id", 7);
                    request.set("params", params.path("params"));
                    out.println(MAPPER.writeValueAsString(request));
                    reply.set("result", MAPPER.readTree(in.readLine()));
                }
                case "exit" -> System.exit(3);
                default -> reply.set("error", MAPPER.createObjectNode().put("code", -32601).put("message", "no " + method));
            }
            out.println(MAPPER.writeValueAsString(reply));
        }
    }
}
