package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnWatcherTest {

    @Test
    void talliesTheTurnAndCompletesOnTurnCompleted() {
        List<String> forwarded = new ArrayList<>();
        TurnWatcher watcher = new TurnWatcher((method, params) -> forwarded.add(method));
        String usage = "{'tokenUsage':{'last':{'totalTokens':110,'inputTokens':100,'outputTokens':10}}}";

        feed(watcher,
                "item/completed", "{'item':{'type':'userMessage','id':'u1'}}",
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','exitCode':0}}",
                "thread/tokenUsage/updated", usage,
                "item/completed", "{'item':{'type':'commandExecution','id':'c2','exitCode':2}}",
                "thread/tokenUsage/updated", usage,
                "item/completed", "{'item':{'type':'fileChange','id':'p1','status':'completed'}}",
                "item/completed", "{'item':{'type':'fileChange','id':'p2','status':'declined'}}",
                "item/completed", "{'item':{'type':'agentMessage','id':'m1'}}");
        assertFalse(watcher.outcome().isDone());
        feed(watcher, "turn/completed", "{'turn':{'status':'completed','durationMs':42}}");

        TurnOutcome outcome = watcher.outcome().join();
        assertTrue(outcome.succeeded());
        assertEquals(9, forwarded.size());
        assertEquals("6 items (1 user message, 2 commands, 2 file changes, 1 agent message) · 1 command failed"
                + " · 1 file change not applied · 2 model calls · 220 tokens", outcome.summary());
    }

    private static void feed(TurnWatcher watcher, String... methodsAndParams) {
        for (int i = 0; i < methodsAndParams.length; i += 2) {
            watcher.onNotification(methodsAndParams[i], Events.json(methodsAndParams[i + 1]));
        }
    }
}
