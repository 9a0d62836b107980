package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.HttpError;
import dev.codeloop.testkit.model.RecordedModelRequest;
import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How model-server failures reach the client: silent transport retries, announced stream retries, failures. */
class ModelErrorsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void serverErrorIsRetriedSilentlyThen429WithRetryAfterIsAnnouncedLikeCodex() throws Exception {
        try (ServerFixture f = ServerFixture.start(4, 5, "").initialized()) {
            f.model.enqueue(HttpError.status(500));
            f.model.enqueue(HttpError.status(429).header("Retry-After", "1"));
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "Recovered ", "after errors.").completed());
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Hello despite errors.");

            assertEquals(Sequences.codexTurn("h_errors", 0), Sequences.normalize(turn));
            JsonNode error = ServerFixture.params(ServerFixture.withMethod(turn, "error").get(0));
            assertTrue(error.get("willRetry").asBoolean());
            assertEquals("Reconnecting... 1/5", error.at("/error/message").stringValue());
            assertEquals(429, error.at("/error/codexErrorInfo/responseStreamDisconnected/httpStatusCode").asInt());
            assertEquals("exceeded retry limit, last status: 429 Too Many Requests",
                    error.at("/error/additionalDetails").stringValue());
            RecordedModelRequest r429 = f.model.takeRequest(WAIT);
            r429 = f.model.takeRequest(WAIT);
            RecordedModelRequest ok = f.model.takeRequest(WAIT);
            assertTrue(ok.receivedAtNanos() - r429.receivedAtNanos() >= 900_000_000L, "Retry-After: 1 is honoured");
            assertEquals(r429.bodyText(), ok.bodyText(), "a retry resends the identical request");
        }
    }

    @Test
    void tooManyRequestsWithoutRetryAfterFailsTheTurnAtOnce() throws Exception {
        try (ServerFixture f = ServerFixture.start(4, 5, "").initialized()) {
            f.model.enqueue(HttpError.status(429));
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Hello despite 429s.");

            assertEquals(Sequences.codexTurn("h4_429_no_retry_after", 0), Sequences.normalize(turn));
            JsonNode error = ServerFixture.params(ServerFixture.withMethod(turn, "error").get(0));
            assertEquals(false, error.get("willRetry").asBoolean());
            assertEquals(429, error.at("/error/codexErrorInfo/responseTooManyFailedAttempts/httpStatusCode").asInt());
            JsonNode completed = turn.get(turn.size() - 1).at("/params/turn");
            assertEquals("failed", completed.get("status").stringValue());
            assertEquals(error.get("error"), completed.get("error"));
            assertEquals(1, f.model.requestCount());
        }
    }

    @Test
    void retriesExhaustedFailTheTurnWithInternalServerError() throws Exception {
        try (ServerFixture f = ServerFixture.start(1, 2, "").initialized()) {
            f.model.enqueueForever(HttpError.status(500).message("upstream is down"));
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Hello?");

            List<String> labels = Sequences.normalize(turn);
            assertEquals(List.of("response #", "thread/status/changed", "turn/started", "item/started",
                    "item/completed", "error", "error", "thread/status/changed", "error", "turn/completed"), labels);
            List<JsonNode> errors = ServerFixture.withMethod(turn, "error");
            assertEquals("Reconnecting... 2/2", errors.get(1).at("/params/error/message").stringValue());
            assertEquals("systemError", ServerFixture.withMethod(turn, "thread/status/changed").get(1)
                    .at("/params/status/type").stringValue());
            JsonNode last = errors.get(2).get("params");
            assertEquals(false, last.get("willRetry").asBoolean());
            assertEquals("internalServerError", last.at("/error/codexErrorInfo").stringValue());
            assertTrue(last.at("/error/message").stringValue().contains("upstream is down"));
            assertEquals(6, f.model.requestCount(), "3 stream attempts x 2 HTTP attempts");
        }
    }

    @Test
    void streamCutBeforeCompletionIsRetriedWithTheFinishedMessageKept() throws Exception {
        try (ServerFixture f = ServerFixture.start(0, 5, "").initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "partial ").cutBeforeCompletion());
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Complete ", "answer.").completed());
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Stream drop test.");

            assertEquals(Sequences.codexTurn("h3_stream_drop", 0), Sequences.normalize(turn));
            JsonNode error = ServerFixture.params(ServerFixture.withMethod(turn, "error").get(0));
            assertTrue(error.at("/error/additionalDetails").stringValue().contains("stream"));
            f.model.takeRequest(WAIT);
            JsonNode retried = f.model.takeRequest(WAIT).body().get("input");
            JsonNode last = retried.get(retried.size() - 1);
            assertEquals("assistant", last.get("role").stringValue());
            assertEquals("partial ", last.at("/content/0/text").stringValue());
        }
    }

    @Test
    void idleStreamTimesOutAndIsRetried() throws Exception {
        ScriptedModelServer model = ScriptedModelServer.start();
        try (ServerFixture f = ServerFixture.startWith(model,
                ServerFixture.config(model.baseUrl(), 0, 1, "", 500)).initialized()) {
            f.model.enqueue(Sse.response("resp_1").message("msg_1", "I am about to ").stallFor(Duration.ofSeconds(30)));
            f.model.enqueue(Sse.response("resp_2").message("msg_2", "Back.").completed());
            String threadId = f.startThread();

            List<JsonNode> turn = f.runTurn(threadId, "Hello?");

            JsonNode error = ServerFixture.params(ServerFixture.withMethod(turn, "error").get(0));
            assertTrue(error.get("willRetry").asBoolean());
            assertTrue(error.at("/error/additionalDetails").stringValue().contains("idle"),
                    error.at("/error/additionalDetails").stringValue());
            assertEquals("completed", turn.get(turn.size() - 1).at("/params/turn/status").stringValue());
        }
    }

    @Test
    void badRequestFailsAtOnceWithTheProviderMessage() throws Exception {
        try (ServerFixture f = ServerFixture.start(4, 5, "").initialized()) {
            f.model.enqueue(HttpError.status(400).message("Unsupported parameter: 'reasoning'"));
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Hi");
            JsonNode error = turn.get(turn.size() - 1).at("/params/turn/error");
            assertEquals("badRequest", error.get("codexErrorInfo").stringValue());
            assertTrue(error.get("message").stringValue().contains("Unsupported parameter"));
            assertEquals(1, f.model.requestCount());
        }
    }
}
