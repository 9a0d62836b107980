package dev.codeloop.testkit.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link AppServerProcess#onEveryServerMessage} hooks. A hook added late is first shown every message seen so
 * far, so no message escapes it whenever it is registered. A hook that throws (e.g. a schema assertion) does not
 * stop the reader: the error is reported to {@code onHookFailure} and makes the test's next wait fail.
 */
final class ServerMessageHooks {

    private final List<Consumer<ServerMessage>> hooks = new ArrayList<>();
    private final List<ServerMessage> seen = new ArrayList<>();
    private final Consumer<String> onHookFailure;

    ServerMessageHooks(Consumer<String> onHookFailure) {
        this.onHookFailure = onHookFailure;
    }

    synchronized void add(Consumer<ServerMessage> hook) {
        for (ServerMessage message : seen) {
            run(hook, message);
        }
        hooks.add(hook);
    }

    synchronized void dispatch(ServerMessage message) {
        seen.add(message);
        for (Consumer<ServerMessage> hook : hooks) {
            run(hook, message);
        }
    }

    private void run(Consumer<ServerMessage> hook, ServerMessage message) {
        try {
            hook.accept(message);
        } catch (RuntimeException | AssertionError e) {
            String text = e.getMessage() != null ? e.getMessage() : e.toString();
            onHookFailure.accept("server message hook failed on " + Messages.label(message.json()) + ":\n      "
                    + text.strip().replace("\n", "\n      "));
        }
    }
}
