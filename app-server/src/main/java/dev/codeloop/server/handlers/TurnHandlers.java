package dev.codeloop.server.handlers;

import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.item.UserContent;
import dev.codeloop.core.thread.AgentThread;
import dev.codeloop.core.thread.NoSuchTurnException;
import dev.codeloop.core.thread.PreparedTurn;
import dev.codeloop.core.thread.ThreadBusyException;
import dev.codeloop.core.thread.ThreadManager;
import dev.codeloop.core.thread.TurnOverrides;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.item.UserInput;
import dev.codeloop.protocol.turn.TurnInterruptParams;
import dev.codeloop.protocol.turn.TurnInterruptResponse;
import dev.codeloop.protocol.turn.TurnStartParams;
import dev.codeloop.protocol.turn.TurnStartResponse;
import dev.codeloop.server.mapping.PolicyMapper;
import dev.codeloop.server.mapping.TurnMapper;
import dev.codeloop.server.rpc.ParamsBinder;
import dev.codeloop.server.rpc.Reply;
import dev.codeloop.server.rpc.RpcErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code turn/*} methods. */
public final class TurnHandlers {

    /** Codex's limit on the total characters of one turn's text input. */
    static final int MAX_INPUT_CHARS = 1 << 20;

    private final Supplier<ThreadManager> threads;

    public TurnHandlers(Supplier<ThreadManager> threads) {
        this.threads = threads;
    }

    public Reply<TurnStartResponse> start(TurnStartParams params) {
        String method = Methods.TURN_START.name();
        String threadId = ParamsBinder.require(method, "threadId", params.threadId());
        List<UserInput> input = ParamsBinder.require(method, "input", params.input());
        AgentThread thread = ThreadHandlers.loaded(threads.get(), threadId);
        Path cwd = params.cwd() == null ? null : thread.settings().cwd().resolve(params.cwd()).normalize();
        if (cwd != null && !Files.isDirectory(cwd)) {
            throw RpcErrors.invalidParams("Invalid params for turn/start: `cwd` " + cwd + " is not a directory");
        }
        TurnOverrides overrides = new TurnOverrides(
                cwd,
                PolicyMapper.approval(params.approvalPolicy()),
                PolicyMapper.sandbox(params.sandboxPolicy(), cwd != null ? cwd : thread.settings().cwd()),
                params.model(),
                params.effort() == null ? null : ReasoningEffort.fromWire(params.effort()).orElseThrow(() ->
                        RpcErrors.invalidParams("Invalid params for turn/start: `effort` must be one of "
                                + "none, minimal, low, medium, high, xhigh")),
                params.summary() == null ? null
                        : ReasoningSummary.fromWire(wireName(params.summary())).orElse(null));
        PreparedTurn turn;
        try {
            turn = thread.prepareTurn(userContent(input), overrides);
        } catch (ThreadBusyException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
        return Reply.then(new TurnStartResponse(TurnMapper.toWire(turn.snapshot())), turn::start);
    }

    public Reply<TurnInterruptResponse> interrupt(TurnInterruptParams params) {
        String method = Methods.TURN_INTERRUPT.name();
        String threadId = ParamsBinder.require(method, "threadId", params.threadId());
        String turnId = ParamsBinder.require(method, "turnId", params.turnId());
        AgentThread thread = ThreadHandlers.loaded(threads.get(), threadId);
        try {
            return Reply.then(new TurnInterruptResponse(), thread.interruption(turnId));
        } catch (NoSuchTurnException e) {
            throw RpcErrors.invalidRequest(e.getMessage());
        }
    }

    private static List<UserContent> userContent(List<UserInput> input) {
        List<UserContent> content = new ArrayList<>(input.size());
        long chars = 0;
        for (int i = 0; i < input.size(); i++) {
            UserInput part = input.get(i);
            if (part == null) {
                throw RpcErrors.invalidParams("Invalid params for turn/start: `input[" + i + "]` is null");
            }
            content.add(switch (part) {
                case UserInput.Text t -> {
                    String text = ParamsBinder.require("turn/start", "input[" + i + "].text", t.text());
                    chars += text.length();
                    yield new UserContent.Text(text);
                }
                case UserInput.Image img ->
                        new UserContent.ImageUrl(ParamsBinder.require("turn/start", "input[" + i + "].url", img.url()));
                case UserInput.LocalImage img -> new UserContent.LocalImage(
                        ParamsBinder.require("turn/start", "input[" + i + "].path", img.path()));
                case UserInput.Skill s -> new UserContent.Text("[skill " + s.name() + ": " + s.path() + "]");
                case UserInput.Mention m -> new UserContent.Text("[mention " + m.name() + ": " + m.path() + "]");
            });
        }
        if (chars > MAX_INPUT_CHARS) {
            throw RpcErrors.error(RpcErrors.INVALID_PARAMS, "Input exceeds the maximum length of " + MAX_INPUT_CHARS
                    + " characters", Map.of("input_error_code", "input_too_large", "max_chars", MAX_INPUT_CHARS,
                    "actual_chars", chars));
        }
        return content;
    }

    private static String wireName(dev.codeloop.protocol.policy.ReasoningSummary summary) {
        return summary.name().toLowerCase(java.util.Locale.ROOT);
    }
}
