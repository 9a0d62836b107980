package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeloop.testkit.rpc.AppServerProcess;
import dev.codeloop.testkit.rpc.Transcript;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks over a whole transcript: how many answers each client request got. */
final class Answers {

    private Answers() {
    }

    /** How many responses (result or error) the server wrote for each integer request id. */
    static Map<Long, Integer> countsById(AppServerProcess server) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Transcript.Entry entry : server.transcript().entries()) {
            JsonNode json = entry.json();
            if (entry.dir() == Transcript.Direction.S2C && json != null && !json.has("method")
                    && json.path("id").isIntegralNumber()) {
                counts.merge(json.get("id").asLong(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Fails unless every id in {@code ids} was answered exactly once. */
    static void assertExactlyOnce(AppServerProcess server, Collection<Long> ids) {
        Map<Long, Integer> counts = countsById(server);
        for (long id : ids) {
            assertEquals(1, counts.getOrDefault(id, 0), "answers to request #" + id);
        }
    }
}
