package dev.codeloop.server.approval;

import dev.codeloop.core.approval.ApprovalChannel;
import dev.codeloop.core.approval.ApprovalRequest;
import dev.codeloop.core.approval.PendingApproval;
import dev.codeloop.core.approval.ReviewDecision;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.approval.ApprovalDecision;
import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalParams;
import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalResponse;
import dev.codeloop.protocol.approval.FileChangeRequestApprovalParams;
import dev.codeloop.protocol.approval.ServerRequestResolvedNotification;
import dev.codeloop.protocol.json.WireCodecs;
import dev.codeloop.server.mapping.ItemMapper;
import dev.codeloop.server.rpc.NotificationSender;
import dev.codeloop.server.rpc.ServerEndpoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Asks the client over the connection: {@code item/commandExecution/requestApproval} or
 * {@code item/fileChange/requestApproval}. Whatever settles the request first (the client's answer, an error
 * answer, or the turn withdrawing it) sends {@code serverRequest/resolved}, exactly once, before the engine
 * acts on the decision.
 */
public final class ClientApprovalChannel implements ApprovalChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ClientApprovalChannel.class);

    private final ServerEndpoint remote;
    private final NotificationSender notifications;

    /** What a client may answer a command request with, in the order a UI should offer them. */
    private static final List<ApprovalDecision> COMMAND_DECISIONS = List.of(ApprovalDecision.ACCEPT,
            ApprovalDecision.ACCEPT_FOR_SESSION, ApprovalDecision.DECLINE, ApprovalDecision.CANCEL);

    public ClientApprovalChannel(ServerEndpoint remote, NotificationSender notifications) {
        this.remote = remote;
        this.notifications = notifications;
    }

    @Override
    public PendingApproval request(String threadId, String turnId, ApprovalRequest request) {
        ServerEndpoint.SentRequest sent = switch (request) {
            case ApprovalRequest.Command c -> remote.sendRequest(Methods.COMMAND_EXECUTION_REQUEST_APPROVAL.name(),
                    notifications.visibleToClient(new CommandExecutionRequestApprovalParams(threadId, turnId,
                            c.itemId(), c.startedAtMs(), "command", null, c.reason(), c.command(), c.cwd(),
                            ItemMapper.actions(c.actions()), COMMAND_DECISIONS)));
            case ApprovalRequest.FileChange f -> remote.sendRequest(Methods.FILE_CHANGE_REQUEST_APPROVAL.name(),
                    new FileChangeRequestApprovalParams(threadId, turnId, f.itemId(), f.startedAtMs(), f.reason(),
                            f.grantRoot()));
        };
        return new Pending(threadId, sent);
    }

    private final class Pending implements PendingApproval {
        private final String threadId;
        private final int requestId;
        private final AtomicBoolean settled = new AtomicBoolean();
        private final CompletableFuture<ReviewDecision> decision = new CompletableFuture<>();

        Pending(String threadId, ServerEndpoint.SentRequest sent) {
            this.threadId = threadId;
            this.requestId = sent.id();
            sent.response().whenComplete((result, error) -> settle(error != null ? declined(error) : decode(result)));
        }

        @Override
        public CompletableFuture<ReviewDecision> decision() {
            return decision;
        }

        @Override
        public void withdraw() {
            settle(ReviewDecision.CANCEL);
        }

        private void settle(ReviewDecision value) {
            if (settled.compareAndSet(false, true)) {
                notifications.send(Methods.SERVER_REQUEST_RESOLVED,
                        new ServerRequestResolvedNotification(threadId, requestId));
                decision.complete(value);
            }
        }

        private ReviewDecision declined(Throwable error) {
            LOG.info("client answered approval request {} with an error ({}); treating it as declined", requestId,
                    error.getMessage());
            return ReviewDecision.DECLINE;
        }

        private ReviewDecision decode(Object result) {
            try {
                CommandExecutionRequestApprovalResponse answer = result instanceof JsonNode json
                        ? WireCodecs.read(CommandExecutionRequestApprovalResponse.class, json) : null;
                ApprovalDecision decision = answer == null ? null : answer.decision();
                return decision == null ? ReviewDecision.DECLINE : ApprovalDecisions.toCore(decision);
            } catch (RuntimeException e) {
                LOG.warn("unreadable answer to approval request {} ({}); treating it as declined", requestId,
                        e.getMessage());
                return ReviewDecision.DECLINE;
            }
        }
    }
}
