package dev.codeloop.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a turn ended and what happened in it.
 *
 * @param status      {@code completed}, {@code interrupted} or {@code failed}
 * @param durationMs  as the server measured it; null if it did not say
 * @param error       the turn's error message, if it failed
 * @param items       completed items per type ({@code commandExecution} → 2), in first-seen order
 * @param failedCommands commands that ended with a non-zero exit code, failed to run or were declined
 * @param failedEdits file changes that failed or were declined
 * @param tokens      tokens used by this turn's model calls
 * @param modelCalls  model responses in the turn (one token-usage update each)
 */
public record TurnOutcome(
        String status, Long durationMs, String error, Map<String, Integer> items, int failedCommands, int failedEdits,
        TokenCount tokens, int modelCalls) {

    public boolean succeeded() {
        return status.equals("completed");
    }

    public int itemCount() {
        return items.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code 6 items (1 user message, 2 reasoning, 2 commands, 1 agent message) · 3 model calls · 2,644 tokens}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        items.forEach((type, n) -> parts.add(describe(type, n)));
        String text = Formats.plural(itemCount(), "item", "items") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        if (failedCommands > 0) {
            text += " · " + Formats.plural(failedCommands, "command", "commands") + " failed";
        }
        if (failedEdits > 0) {
            text += " · " + Formats.plural(failedEdits, "file change", "file changes") + " not applied";
        }
        if (modelCalls > 0) {
            text += " · " + Formats.plural(modelCalls, "model call", "model calls");
        }
        if (!tokens.isEmpty()) {
            text += " · " + Formats.count(tokens.total()) + " tokens";
        }
        return text;
    }

    private static String describe(String type, int n) {
        return switch (type) {
            case "userMessage" -> Formats.plural(n, "user message", "user messages");
            case "agentMessage" -> Formats.plural(n, "agent message", "agent messages");
            case "reasoning" -> Formats.count(n) + " reasoning";
            case "commandExecution" -> Formats.plural(n, "command", "commands");
            case "fileChange" -> Formats.plural(n, "file change", "file changes");
            default -> Formats.count(n) + " " + type;
        };
    }
}
