package dev.codeloop.sample;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scripted model "says" in the demo: three model responses, written in advance. The shell commands
 * it asks for really run in the demo workspace; its final answer is canned, but it only claims what those
 * commands show for the files {@link DemoWorkspace} writes.
 */
final class DemoScript {

    static final String PROMPT = "What is this project, and is anything left to do?";

    static final String LIST_COMMAND = "ls -la";
    static final String READ_COMMAND = "cat README.md";

    static final String ANSWER = "This is greeter, a tiny Python command-line greeter. `ls -la` shows README.md, src/ "
            + "and tests/; the README says the code is in src/hello.py (`python3 src/hello.py Ada` prints "
            + "\"Hello, Ada!\") and its test in tests/test_hello.py.\n\n"
            + "One thing is left to do: the README's TODO asks for a `--shout` option that prints the greeting in "
            + "capitals. Shall I add it, with a test?";

    /** Pause between streamed events, so the deltas visibly arrive one by one. */
    static final Duration EVENT_DELAY = Duration.ofMillis(30);

    private DemoScript() {
    }

    /** Queues the three responses, in the order the agent loop will ask for them. */
    static void enqueue(ScriptedModelServer model) {
        model.enqueue(
                Sse.response("resp_demo_1").eventDelay(EVENT_DELAY)
                        .reasoning("rs_demo_1", words("The user wants an overview of the project. "
                                + "I'll start by listing what is in the workspace."))
                        .functionCall("call_list", "shell_command", shellArgs(LIST_COMMAND))
                        .completed(new Usage(2_480, 0, 52, 24, 2_532)),
                Sse.response("resp_demo_2").eventDelay(EVENT_DELAY)
                        .reasoning("rs_demo_2", words("There is a README.md next to src/ and tests/. "
                                + "Reading it should say what the project is and what is left to do."))
                        .functionCall("call_read", "shell_command", shellArgs(READ_COMMAND))
                        .completed(new Usage(2_791, 2_432, 47, 20, 2_838)),
                Sse.response("resp_demo_3").eventDelay(EVENT_DELAY)
                        .message("msg_demo_answer", words(ANSWER))
                        .completed(new Usage(3_102, 2_752, 96, 0, 3_198)));
    }

    private static String shellArgs(String command) {
        return "{\"command\":\"" + command.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Splits text into deltas of about two words each, the way models stream. */
    static List<String> words(String text) {
        List<String> deltas = new ArrayList<>();
        int start = 0;
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++spaces % 2 == 0) {
                deltas.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            deltas.add(text.substring(start));
        }
        return deltas;
    }
}
