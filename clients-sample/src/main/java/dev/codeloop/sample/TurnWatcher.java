package dev.codeloop.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * Follows one turn: passes every notification on (to the printer) and tallies items and tokens, so that
 * {@link #outcome()} completes when {@code turn/completed} arrives.
 */
final class TurnWatcher implements CodeloopClient.NotificationListener {

    private final CodeloopClient.NotificationListener next;
    private final CompletableFuture<TurnOutcome> outcome = new CompletableFuture<>();
    private final Map<String, Integer> items = new LinkedHashMap<>();
    private int failedCommands;
    private int failedEdits;
    private TokenCount tokens = TokenCount.NONE;
    private int modelCalls;

    TurnWatcher(CodeloopClient.NotificationListener next) {
        this.next = next;
    }

    CompletableFuture<TurnOutcome> outcome() {
        return outcome;
    }

    @Override
    public void onNotification(String method, JsonNode params) {
        next.onNotification(method, params);
        switch (method) {
            case "item/completed" -> countItem(params.path("item"));
            case "thread/tokenUsage/updated" -> {
                tokens = tokens.plus(TokenCount.from(params.path("tokenUsage").path("last")));
                modelCalls++;
            }
            case "turn/completed" -> finish(params.path("turn"));
            default -> { }
        }
    }

    private void countItem(JsonNode item) {
        String type = JsonFields.text(item, "type", "unknown");
        items.merge(type, 1, Integer::sum);
        if (type.equals("commandExecution")) {
            Long exitCode = JsonFields.number(item, "exitCode");
            if (exitCode == null || exitCode != 0) {
                failedCommands++;
            }
        } else if (type.equals("fileChange") && !JsonFields.text(item, "status", "").equals("completed")) {
            failedEdits++;
        }
    }

    private void finish(JsonNode turn) {
        outcome.complete(new TurnOutcome(
                JsonFields.text(turn, "status", "unknown"),
                JsonFields.number(turn, "durationMs"),
                JsonFields.text(turn.path("error"), "message"),
                Collections.unmodifiableMap(new LinkedHashMap<>(items)),
                failedCommands, failedEdits, tokens, modelCalls));
    }
}
