package dev.codeloop.core.thread;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.event.ThreadEventListener;
import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.id.IdGenerator;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What every thread of an engine shares: where its turns run, how events leave, how the client is asked, and
 * the first turn's context.
 */
record ThreadRuntime(
        Clock clock,
        IdGenerator ids,
        Executor executor,
        ThreadEventListener listener,
        ApprovalChannel approvals,
        Function<ThreadSettings, List<ResponseItem>> initialContext) {
}
