package dev.codeloop.core.loop;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot.TurnStatus;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.model.Backoff;
import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.core.model.ModelRequest;
import dev.codeloop.core.thread.ThreadSettings;
import dev.codeloop.core.tools.ToolContext;
import dev.codeloop.core.tools.ToolRouter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent loop for one turn: record the user's message, then repeatedly build the prompt from the full
 * history, stream the model's response (running the tools it calls as it goes), and stop once the model
 * answers without calling a tool. Retries, tools and events sit behind small collaborators; this class
 * only sequences them.
 */
public final class TurnRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TurnRunner.class);

    private final TurnScope scope;
    private final TurnEmitter events;
    private Item.AgentMessage finalAnswer;
    private TurnWatchdog watchdog;

    public TurnRunner(TurnScope scope) {
        this.scope = scope;
        this.events = scope.events();
    }

    /** Runs the turn to its end. Never throws: every ending is an outcome. A turn that stops progressing fails. */
    public TurnOutcome run() {
        try (TurnWatchdog watching = TurnWatchdog.start(scope.services().turnIdleLimit(scope.settings()),
                scope.cancel())) {
            watchdog = watching;
            events.monitor(watching);
            TurnOutcome outcome = runWatched();
            events.monitor(TurnEmitter.Monitor.NONE);
            if (outcome.status() == TurnStatus.INTERRUPTED && watching.fired()) {
                return new TurnOutcome(TurnStatus.FAILED, watching.failure(), null);
            }
            return outcome;
        }
    }

    private TurnOutcome runWatched() {
        try {
            recordUserMessage();
            ModelClient model = scope.services().modelClient(scope.settings());
            ToolRouter tools = scope.services().tools(scope.settings());
            boolean followUp = true;
            while (followUp) {
                checkCancelled();
                SamplingResult result = sample(model, tools);
                reportUsage(result.usage());
                followUp = result.needsFollowUp();
            }
            return new TurnOutcome(TurnStatus.COMPLETED, null, finalAnswer);
        } catch (Interrupted e) {
            recordInterruption();
            return new TurnOutcome(TurnStatus.INTERRUPTED, null, null);
        } catch (ModelException e) {
            if (scope.cancel().isCancelled()) {
                recordInterruption();
                return new TurnOutcome(TurnStatus.INTERRUPTED, null, null);
            }
            return new TurnOutcome(TurnStatus.FAILED, StreamRetryPolicy.finalFailure(e.error()), null);
        } catch (Failed e) {
            return new TurnOutcome(TurnStatus.FAILED, e.failure, null);
        } catch (RuntimeException e) {
            LOG.error("turn {} of thread {} crashed", scope.turnId(), scope.threadId(), e);
            // A call recorded without its output would make the API reject every later request of the thread.
            scope.history().answerUnansweredCalls();
            return new TurnOutcome(TurnStatus.FAILED,
                    new TurnFailure("Internal error: " + e, TurnFailure.Kind.OTHER, null, null), null);
        }
    }

    private void recordUserMessage() {
        scope.history().beginTurn(scope.turnId());
        for (ResponseItem context : scope.initialContext()) {
            scope.history().append(context);
        }
        scope.history().append(UserMessages.from(scope.userInput(), scope.settings().cwd()));
        long at = events.nowMs();
        events.itemStarted(new Item.UserMessage(scope.userMessageId(), scope.userInput(), at, null));
        events.itemCompleted(new Item.UserMessage(scope.userMessageId(), scope.userInput(), at, at));
    }

    /** One model response, retried as the stream retry policy allows. */
    private SamplingResult sample(ModelClient model, ToolRouter tools) throws Interrupted, Failed, ModelException {
        StreamRetryPolicy retryPolicy = new StreamRetryPolicy(scope.services().streamMaxRetries(scope.settings()));
        ToolContext toolContext = new ToolContext(events, scope.cancel(), scope.settings().cwd(),
                scope.settings().sandboxPolicy(), scope.settings().approvalPolicy(),
                scope.services().shellEnvironment(), scope.approvals(), scope.changes());
        for (int retries = 0; ; retries++) {
            ResponseStreamHandler handler = new ResponseStreamHandler(events, scope.history(), tools, toolContext);
            try {
                model.stream(request(tools), event -> {
                    watchdog.progress();
                    handler.onEvent(event);
                }, scope.cancel());
                if (handler.lastAgentMessage() != null) {
                    finalAnswer = handler.lastAgentMessage();
                }
                return handler.result();
            } catch (ModelException e) {
                if (handler.lastAgentMessage() != null) {
                    finalAnswer = handler.lastAgentMessage();
                }
                if (scope.cancel().isCancelled() || e.error() instanceof ModelError.Cancelled) {
                    throw new Interrupted();
                }
                StreamRetryPolicy.Decision decision = retryPolicy.decide(e.error(), retries);
                if (!decision.retry()) {
                    throw new Failed(decision.failure());
                }
                LOG.info("turn {}: model stream failed ({}), retrying in {} ms", scope.turnId(),
                        e.error().describe(), decision.delay().toMillis());
                events.error(decision.notice(), true);
                boolean slept;
                try (TurnWatchdog.Hold backoff = watchdog.hold()) {
                    slept = Backoff.sleep(decision.delay(), scope.cancel());
                }
                if (!slept) {
                    throw new Interrupted();
                }
            }
        }
    }

    private ModelRequest request(ToolRouter tools) {
        ThreadSettings s = scope.settings();
        return new ModelRequest(
                s.model(),
                s.baseInstructions(),
                scope.history().snapshot(),
                tools.specs(),
                false,
                s.reasoningEffort() == null ? null : s.reasoningEffort().wireValue(),
                s.reasoningSummary() == null ? null : s.reasoningSummary().wireValue(),
                s.verbosity() == null ? null : s.verbosity().wireValue(),
                scope.threadId(),
                Map.of("thread_id", scope.threadId(), "turn_id", scope.turnId()));
    }

    private void reportUsage(TokenUsage last) {
        TokenUsage total = scope.threadUsage().updateAndGet(t -> t.plus(last));
        events.tokenUsage(total, last, scope.services().contextWindow(scope.settings()));
        scope.changes().reportIfAny();
    }

    private void checkCancelled() throws Interrupted {
        if (scope.cancel().isCancelled()) {
            throw new Interrupted();
        }
    }

    /** Keeps the history valid and honest after an interrupt: every call answered, then the marker. */
    private void recordInterruption() {
        scope.history().answerUnansweredCalls();
        boolean stalled = watchdog != null && watchdog.fired();
        scope.history().append(ResponseItem.Message.userText(stalled ? TurnMarkers.TURN_STALLED
                : TurnMarkers.TURN_ABORTED));
    }

    /** The turn was interrupted (cancelled); unwinds to {@link #run}. */
    private static final class Interrupted extends Exception {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /** The turn failed for good; unwinds to {@link #run}. */
    private static final class Failed extends Exception {
        final TurnFailure failure;

        Failed(TurnFailure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }
    }
}
