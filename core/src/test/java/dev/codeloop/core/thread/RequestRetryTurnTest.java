package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.describe;
import static dev.codeloop.core.thread.ScriptedEngine.millisBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With request_max_retries > 0, a 5xx is retried inside the client, unseen by the client of the engine. */
class RequestRetryTurnTest {

    @TempDir
    Path tmp;

    @Test
    void serverErrorIsRetriedSilentlyAndRateLimitLoudlyLikeCodex() throws Exception {
        // h_errors: 500, then 429 with retry-after: 1, then OK. Requests at 0 / ~200 / ~1200 ms; one error
        // notification (for the 429), none for the 500.
        try (ScriptedEngine engine = ScriptedEngine.startWithRequestRetries(tmp, 1)) {
            engine.server.enqueue(HttpError.status(500), HttpError.status(429).header("Retry-After", "1"),
                    Sse.response("r1").message("msg_1", "OK.").completed());

            engine.startTurn(engine.newThread(), "Answer");
            List<ThreadEvent> events = engine.untilTurnCompleted();

            assertEquals(List.of("status:active", "turnStarted", "itemStarted:userMessage", "itemCompleted:userMessage",
                    "error(willRetry=true)", "itemStarted:agentMessage", "delta", "itemCompleted:agentMessage",
                    "tokenUsage", "status:idle", "turnCompleted:COMPLETED"), describe(events));
            assertEquals(429, ((ThreadEvent.Error) events.get(4)).failure().httpStatus());
            List<RecordedModelRequest> requests = engine.server.requests();
            assertEquals(3, requests.size());
            assertTrue(millisBetween(requests.get(0), requests.get(1)) >= 180, "backoff before the silent retry");
            assertTrue(millisBetween(requests.get(1), requests.get(2)) >= 900, "Retry-After: 1 honoured");
        }
    }
}
