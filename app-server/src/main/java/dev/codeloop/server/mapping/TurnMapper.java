package dev.codeloop.server.mapping;

import dev.codeloop.core.event.TokenUsage;
import dev.codeloop.core.event.TurnFailure;
import dev.codeloop.core.event.TurnSnapshot;
import dev.codeloop.protocol.thread.ThreadTokenUsage;
import dev.codeloop.protocol.turn.CodexErrorInfo;
import dev.codeloop.protocol.turn.Turn;
import dev.codeloop.protocol.turn.TurnError;
import dev.codeloop.protocol.turn.TurnItemsView;
import dev.codeloop.protocol.turn.TurnStatus;

/** Core turns, failures and token counts to their wire shapes. */
public final class TurnMapper {

    private TurnMapper() {
    }

    public static Turn toWire(TurnSnapshot turn) {
        return new Turn(turn.id(), ItemMapper.toWire(turn.items()), itemsView(turn.itemsView()), status(turn.status()),
                turn.error() == null ? null : error(turn.error()), turn.startedAt(), turn.completedAt(),
                turn.durationMs());
    }

    public static TurnError error(TurnFailure failure) {
        return new TurnError(failure.message(), errorInfo(failure), failure.additionalDetails());
    }

    static CodexErrorInfo errorInfo(TurnFailure failure) {
        return switch (failure.kind()) {
            case CONTEXT_WINDOW_EXCEEDED -> CodexErrorInfo.of("contextWindowExceeded");
            case USAGE_LIMIT_EXCEEDED -> CodexErrorInfo.of("usageLimitExceeded");
            case SERVER_OVERLOADED -> CodexErrorInfo.of("serverOverloaded");
            case INTERNAL_SERVER_ERROR -> CodexErrorInfo.of("internalServerError");
            case UNAUTHORIZED -> CodexErrorInfo.of("unauthorized");
            case BAD_REQUEST -> CodexErrorInfo.of("badRequest");
            case SANDBOX_ERROR -> CodexErrorInfo.of("sandboxError");
            case OTHER -> CodexErrorInfo.of("other");
            case HTTP_CONNECTION_FAILED -> CodexErrorInfo.withStatus("httpConnectionFailed", failure.httpStatus());
            case RESPONSE_STREAM_CONNECTION_FAILED ->
                    CodexErrorInfo.withStatus("responseStreamConnectionFailed", failure.httpStatus());
            case RESPONSE_STREAM_DISCONNECTED ->
                    CodexErrorInfo.withStatus("responseStreamDisconnected", failure.httpStatus());
            case RESPONSE_TOO_MANY_FAILED_ATTEMPTS ->
                    CodexErrorInfo.withStatus("responseTooManyFailedAttempts", failure.httpStatus());
        };
    }

    public static ThreadTokenUsage usage(TokenUsage total, TokenUsage last, Long contextWindow) {
        return new ThreadTokenUsage(breakdown(total), breakdown(last), contextWindow);
    }

    private static ThreadTokenUsage.TokenUsageBreakdown breakdown(TokenUsage usage) {
        return new ThreadTokenUsage.TokenUsageBreakdown(usage.totalTokens(), usage.inputTokens(),
                usage.cachedInputTokens(), usage.outputTokens(), usage.reasoningOutputTokens());
    }

    private static TurnStatus status(TurnSnapshot.TurnStatus status) {
        return switch (status) {
            case IN_PROGRESS -> TurnStatus.IN_PROGRESS;
            case COMPLETED -> TurnStatus.COMPLETED;
            case INTERRUPTED -> TurnStatus.INTERRUPTED;
            case FAILED -> TurnStatus.FAILED;
        };
    }

    private static TurnItemsView itemsView(TurnSnapshot.ItemsView view) {
        return switch (view) {
            case NOT_LOADED -> TurnItemsView.NOT_LOADED;
            case SUMMARY -> TurnItemsView.SUMMARY;
            case FULL -> TurnItemsView.FULL;
        };
    }
}
