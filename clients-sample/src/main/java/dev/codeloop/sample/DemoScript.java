package dev.codeloop.sample;

import dev.codeloop.testkit.model.ScriptedModelServer;
import dev.codeloop.testkit.model.Sse;
import dev.codeloop.testkit.model.SseStream;
import dev.codeloop.testkit.model.SseStreamBuilder;
import dev.codeloop.testkit.model.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the scripted model "says" in the demo, written in advance: look around, plan, read the code, do the
 * README's TODO with a real {@code apply_patch} ({@link DemoPatch}), run the tests, and sum up. The commands
 * really run and the patch is really applied in the demo workspace; the final answer is canned, but it only
 * claims what those commands show for the files {@link DemoWorkspace} writes.
 *
 * <p>Without python3 the test run is left out and the answer says so: one scripted answer cannot depend on
 * a command's output, so the choice is made before the turn starts.
 */
final class DemoScript {

    static final String PROMPT = "What is this project? If its README lists anything left to do, do it, with a test.";

    static final String LIST_COMMAND = "ls -la";
    static final String READ_COMMAND = "cat README.md";
    static final String READ_CODE_COMMAND = "cat src/hello.py";
    static final String TEST_COMMAND = "python3 -m unittest discover -s tests -v";

    static final String STEP_READ = "Read src/hello.py";
    static final String STEP_CHANGE = "Add --shout to src/hello.py, with a test";
    static final String STEP_TEST = "Run the tests";

    private static final String CHANGES = "greeter is a tiny Python command-line greeter, and its README had one thing "
            + "left to do: a `--shout` option. It is done:\n\n"
            + "- `src/hello.py`: `greet()` takes a `shout` flag and `main()` reads `--shout`, so "
            + "`python3 src/hello.py --shout Ada` prints \"HELLO, ADA!\".\n"
            + "- `tests/test_hello.py`: two new tests, for `greet(\"Ada\", shout=True)` and for the option itself.\n"
            + "- `README.md`: shows the option instead of listing it as a TODO.\n\n";

    static final String ANSWER = CHANGES + "`" + TEST_COMMAND + "` ran all 3 tests: OK.";

    static final String ANSWER_WITHOUT_PYTHON = CHANGES + "I could not run the tests: python3 is not installed here. "
            + "Where it is, run `" + TEST_COMMAND + "`.";

    /** Pause between streamed events, so the deltas visibly arrive one by one. */
    static final Duration EVENT_DELAY = Duration.ofMillis(30);

    private DemoScript() {
    }

    /** Queues the responses, in the order the agent loop will ask for them; {@code runTests} needs python3. */
    static void enqueue(ScriptedModelServer model, boolean runTests) {
        List<SseStream> responses = new ArrayList<>(List.of(
                response(1)
                        .reasoning("rs_demo_1", words("The user wants to know what this project is, and to finish "
                                + "what is left. I'll start by listing the workspace."))
                        .functionCall("call_list", "shell_command", shellArgs(LIST_COMMAND))
                        .completed(new Usage(2_480, 0, 52, 24, 2_532)),
                response(2)
                        .reasoning("rs_demo_2", words("There is a README.md next to src/ and tests/. "
                                + "It should say what the project is and what is left to do."))
                        .functionCall("call_read", "shell_command", shellArgs(READ_COMMAND))
                        .completed(new Usage(2_791, 2_432, 47, 20, 2_838)),
                response(3)
                        .reasoning("rs_demo_3", words("The README's one TODO is a --shout option. Three steps: "
                                + "read the code, change it with a test, run the tests."))
                        .functionCall("call_plan", "update_plan", planArgs("The README's TODO: a --shout option.",
                                "in_progress", "pending", "pending"))
                        .completed(new Usage(3_102, 2_752, 118, 31, 3_220)),
                response(4)
                        .functionCall("call_read_code", "shell_command", shellArgs(READ_CODE_COMMAND))
                        .completed(new Usage(3_302, 3_072, 24, 0, 3_326)),
                response(5)
                        .reasoning("rs_demo_5", words("greet() builds the text and main() takes the name from args. "
                                + "I'll give greet() a shout flag, have main() look for --shout, test both, and "
                                + "take the TODO out of the README."))
                        .customToolCall("call_patch", "apply_patch", DemoPatch.TEXT)
                        .completed(new Usage(3_641, 3_264, 412, 38, 4_053))));
        if (runTests) {
            responses.add(response(6)
                    .reasoning("rs_demo_6", words("Now the tests, with unittest from the standard library, "
                            + "as the README says."))
                    .functionCall("call_test", "shell_command", shellArgs(TEST_COMMAND))
                    .completed(new Usage(4_112, 3_584, 58, 17, 4_170)));
        }
        responses.add(response(7)
                .functionCall("call_plan_done", "update_plan", runTests
                        ? planArgs(null, "completed", "completed", "completed")
                        : planArgs("python3 is not installed here, so the tests were not run.",
                                "completed", "completed", "pending"))
                .completed(new Usage(4_396, 4_096, 61, 0, 4_457)));
        responses.add(response(8)
                .message("msg_demo_answer", words(runTests ? ANSWER : ANSWER_WITHOUT_PYTHON))
                .completed(new Usage(4_520, 4_352, 170, 0, 4_690)));
        model.enqueue(responses.toArray(SseStream[]::new));
    }

    private static SseStreamBuilder response(int n) {
        return Sse.response("resp_demo_" + n).eventDelay(EVENT_DELAY);
    }

    private static String shellArgs(String command) {
        return JsonNodeFactory.instance.objectNode().put("command", command).toString();
    }

    /** update_plan's arguments: the three steps, with these statuses in order. */
    private static String planArgs(String explanation, String read, String change, String test) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        if (explanation != null) {
            args.put("explanation", explanation);
        }
        ArrayNode plan = args.putArray("plan");
        plan.addObject().put("step", STEP_READ).put("status", read);
        plan.addObject().put("step", STEP_CHANGE).put("status", change);
        plan.addObject().put("step", STEP_TEST).put("status", test);
        return args.toString();
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
