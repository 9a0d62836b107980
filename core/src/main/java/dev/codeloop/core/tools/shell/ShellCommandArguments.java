package dev.codeloop.core.tools.shell;

import dev.codeloop.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The arguments of a shell call, read leniently from the shapes models are trained on: ours
 * ({@code shell_command {command: "..."}}), Codex's unified exec ({@code exec_command {cmd: "..."}}) and the
 * argv form ({@code shell {command: ["bash", "-lc", "..."]}}).
 *
 * @param script        the script to run under {@code bash -lc}
 * @param workdir       where to run it, relative to the thread's cwd; null for the cwd
 * @param timeoutMs     null for the default
 * @param escalated     the model asked to run outside the sandbox ({@code sandbox_permissions: require_escalated})
 * @param justification why, in the model's words (shown to the user)
 */
record ShellCommandArguments(String script, String workdir, Long timeoutMs, boolean escalated,
                             String justification) {

    /** Parses the call's JSON arguments; the message of the exception is shown to the model. */
    static ShellCommandArguments parse(String json) {
        JsonNode args;
        try {
            args = JsonTrees.read(json == null || json.isBlank() ? "{}" : json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("failed to parse function arguments as JSON: " + e.getOriginalMessage());
        }
        if (!args.isObject()) {
            throw new IllegalArgumentException("function arguments must be a JSON object");
        }
        String script = script(args);
        String workdir = text(args, "workdir");
        JsonNode timeout = args.get("timeout_ms");
        Long timeoutMs = timeout != null && timeout.isNumber() ? Long.valueOf(timeout.asLong()) : null;
        boolean escalated = "require_escalated".equals(text(args, "sandbox_permissions"))
                || args.path("with_escalated_permissions").asBoolean(false);
        return new ShellCommandArguments(script, workdir, timeoutMs, escalated, text(args, "justification"));
    }

    private static String script(JsonNode args) {
        JsonNode command = args.has("command") ? args.get("command") : args.get("cmd");
        if (command == null || command.isNull()) {
            throw new IllegalArgumentException("missing required argument `command` (the shell script to run)");
        }
        if (command.isString()) {
            if (command.asString().isBlank()) {
                throw new IllegalArgumentException("`command` is empty");
            }
            return command.asString();
        }
        if (command.isArray() && !command.isEmpty()) {
            List<String> argv = new ArrayList<>();
            for (JsonNode word : command) {
                argv.add(word.asString());
            }
            boolean shellScript = argv.size() == 3 && (argv.get(0).endsWith("bash") || argv.get(0).endsWith("sh"))
                    && (argv.get(1).equals("-lc") || argv.get(1).equals("-c"));
            return shellScript ? argv.get(2) : dev.codeloop.core.exec.ShellQuoting.join(argv);
        }
        throw new IllegalArgumentException("`command` must be a string (or an argv array)");
    }

    private static String text(JsonNode args, String field) {
        JsonNode value = args.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
