package dev.codeloop.testkit.rpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the child's stdout line by line on its own thread. Each line must be one JSON object: anything else is
 * recorded as a protocol problem, because stdout is reserved for protocol messages. Valid messages go to the
 * transcript, then to the hooks, then to the inbox, in that order, so a hook failure is already recorded when the
 * test sees the message.
 */
final class StdoutPump implements Runnable {

    private static final int MAX_QUOTED_CHARS = 300;

    private final InputStream stdout;
    private final Transcript transcript;
    private final ServerMessageHooks hooks;
    private final Inbox inbox;
    private final Function<JsonNode, String> requestMethodOfResponse;

    StdoutPump(InputStream stdout, Transcript transcript, ServerMessageHooks hooks, Inbox inbox,
            Function<JsonNode, String> requestMethodOfResponse) {
        this.stdout = stdout;
        this.transcript = transcript;
        this.hooks = hooks;
        this.inbox = inbox;
        this.requestMethodOfResponse = requestMethodOfResponse;
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                handle(line);
            }
        } catch (IOException e) {
            // The pipe closes under us when the process is killed; that is an end of stream like any other.
            transcript.add(Transcript.Direction.NOTE, "stdout read failed: " + e, null);
        } finally {
            inbox.endOfStream();
        }
    }

    private void handle(String line) {
        if (line.isBlank()) {
            reject(line, "blank");
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(line);
        } catch (JacksonException e) {
            reject(line, "not valid JSON (" + e.getOriginalMessage() + ")");
            return;
        }
        if (!json.isObject()) {
            reject(line, "not a JSON object");
            return;
        }
        transcript.add(Transcript.Direction.S2C, line, json);
        hooks.dispatch(new ServerMessage(json, requestMethodOfResponse.apply(json)));
        inbox.deliver(json);
    }

    private void reject(String line, String why) {
        transcript.add(Transcript.Direction.S2C, line, null);
        String quoted = line.length() > MAX_QUOTED_CHARS ? line.substring(0, MAX_QUOTED_CHARS) + "…" : line;
        inbox.problem("stdout line is " + why + ": " + quoted);
    }
}
