package dev.codeloop.core.thread;

import static dev.codeloop.core.thread.ScriptedEngine.completedTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeloop.core.event.ThreadEvent;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.testkit.model.Sse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listener that throws (say, a bug mapping one event to the wire) must not wedge the thread. */
class ListenerFailureTest {

    @TempDir
    Path tmp;

    /** Lets events through, except that the first one matching {@code failOn} throws (after being queued). */
    private static UnaryOperator<ThreadEventListener> throwingOnce(Predicate<ThreadEvent> failOn) {
        AtomicBoolean thrown = new AtomicBoolean();
        return queue -> event -> {
            queue.onEvent(event);
            if (failOn.test(event) && thrown.compareAndSet(false, true)) {
                throw new IllegalStateException("listener bug on " + event.getClass().getSimpleName());
            }
        };
    }

    @Test
    void nextTurnRunsAfterTheListenerThrewOnTurnCompleted() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.startWithListener(tmp,
                throwingOnce(ThreadEvent.TurnCompleted.class::isInstance))) {
            engine.server.enqueue(Sse.response("r1").message("msg_1", "One.").completed(),
                    Sse.response("r2").message("msg_2", "Two.").completed());
            AgentThread thread = engine.newThread();
            engine.startTurn(thread, "one");
            engine.untilTurnCompleted();

            engine.startTurn(thread, "two");

            assertEquals(TurnStatus.COMPLETED, completedTurn(engine.untilTurnCompleted()).status());
        }
    }

    @Test
    void nextTurnCanStartAfterTheListenerThrewOnTurnStarted() throws Exception {
        try (ScriptedEngine engine = ScriptedEngine.startWithListener(tmp,
                throwingOnce(ThreadEvent.TurnStarted.class::isInstance))) {
            engine.server.enqueue(Sse.response("r1").message("msg_1", "Two.").completed());
            AgentThread thread = engine.newThread();
            engine.startTurn(thread, "one");
            engine.awaitEvent(ThreadEvent.TurnStarted.class);
            thread.awaitIdle(10, TimeUnit.SECONDS);

            engine.startTurn(thread, "two");

            assertEquals(TurnStatus.COMPLETED, completedTurn(engine.untilTurnCompleted()).status());
        }
    }
}
