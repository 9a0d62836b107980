package dev.codeloop.server.it;

import dev.codeloop.testkit.rpc.Messages;
import dev.codeloop.testkit.schema.CodexTranscript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns message lists into comparable label sequences, and extracts the same from the golden Codex
 * transcripts. Runs of the same delta collapse to one label (the number of deltas depends on chunking, not
 * on protocol behaviour), and notifications for features we do not build are dropped from Codex's side.
 */
final class Sequences {

    /** Codex notifications about features outside our scope (see the transcripts README). */
    static final Set<String> NOT_OURS = Set.of("remoteControl/status/changed", "account/rateLimits/updated",
            "configWarning", "thread/readState/changed", "thread/goal/cleared", "thread/goal/updated",
            "deprecationNotice");

    private static final Set<String> DELTAS = Set.of("item/agentMessage/delta", "item/commandExecution/outputDelta",
            "item/reasoning/summaryTextDelta");

    private Sequences() {
    }

    static List<String> normalize(List<JsonNode> messages) {
        List<String> labels = new ArrayList<>();
        for (JsonNode message : messages) {
            String label = Messages.label(message);
            if (NOT_OURS.contains(label)) {
                continue;
            }
            if (label.startsWith("response #") || label.startsWith("error #")) {
                label = label.substring(0, label.indexOf('#') + 1);
            }
            if (DELTAS.contains(label)) {
                label = label + "*";
                if (!labels.isEmpty() && labels.get(labels.size() - 1).equals(label)) {
                    continue;
                }
            }
            labels.add(label);
        }
        return labels;
    }

    /**
     * The server's messages of a transcript's {@code n}-th turn (0-based): from the turn/start response through
     * turn/completed, normalized.
     */
    static List<String> codexTurn(String transcript, int n) {
        CodexTranscript t = CodexTranscript.load(transcript);
        List<JsonNode> turn = new ArrayList<>();
        int turnsSeen = -1;
        boolean inTurn = false;
        for (CodexTranscript.Entry entry : t.entries()) {
            if (entry.fromClient() && "turn/start".equals(Messages.methodOf(entry.msg()))) {
                turnsSeen++;
                inTurn = turnsSeen == n;
                continue;
            }
            // Codex sometimes sends thread/started late, inside the first turn; it belongs to thread/start.
            if (inTurn && entry.fromServer() && !"thread/started".equals(Messages.methodOf(entry.msg()))) {
                turn.add(entry.msg());
                if ("turn/completed".equals(Messages.methodOf(entry.msg()))) {
                    break;
                }
            }
        }
        return normalize(turn);
    }
}
