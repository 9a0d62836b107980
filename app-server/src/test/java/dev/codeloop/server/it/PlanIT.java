package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.rpc.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanIT {

    @Test
    void updatePlanIsShownToTheClientAndConfirmedToTheModel() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            String plan = Json.compact(Json.object("explanation", "Two steps.", "plan", List.of(
                    Map.of("step", "Read the code", "status", "completed"),
                    Map.of("step", "Fix the bug", "status", "in_progress"),
                    Map.of("step", "Run the tests", "status", "pending"))));
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "update_plan", plan).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Planned.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Plan it.");

            JsonNode update = ServerFixture.withMethod(turn, "turn/plan/updated").get(0).get("params");
            assertEquals("Two steps.", update.get("explanation").stringValue());
            assertEquals("completed", update.at("/plan/0/status").stringValue());
            assertEquals("inProgress", update.at("/plan/1/status").stringValue());
            assertEquals("Run the tests", update.at("/plan/2/step").stringValue());
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertEquals("Plan updated", input.get(input.size() - 1).get("output").stringValue());
        }
    }

    @Test
    void twoStepsInProgressIsRejectedToTheModel() throws Exception {
        try (ServerFixture f = ServerFixture.start().initialized()) {
            String plan = Json.compact(Json.object("plan", List.of(
                    Map.of("step", "A", "status", "in_progress"), Map.of("step", "B", "status", "in_progress"))));
            f.model.enqueue(Sse.response("resp_1").functionCall("call_1", "update_plan", plan).completed());
            f.model.enqueue(Sse.response("resp_2").message("msg_1", "Oops.").completed());
            String threadId = f.startThread();
            List<JsonNode> turn = f.runTurn(threadId, "Plan it.");
            assertTrue(ServerFixture.withMethod(turn, "turn/plan/updated").isEmpty());
            f.model.takeRequest(Duration.ofSeconds(10));
            JsonNode input = f.model.takeRequest(Duration.ofSeconds(10)).body().get("input");
            assertTrue(input.get(input.size() - 1).get("output").stringValue().contains("at most one"));
        }
    }
}
