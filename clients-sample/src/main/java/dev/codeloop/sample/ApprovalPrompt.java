package dev.codeloop.sample;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Answers the server's approval requests ({@code item/commandExecution/requestApproval},
 * {@code item/fileChange/requestApproval}) by asking the person at the terminal. Without a terminal there is
 * nobody to ask, so it declines and says so: an unattended run must never approve by default.
 */
final class ApprovalPrompt implements CodeloopClient.ServerRequestHandler {

    static final String QUESTION = "Approve? [y]es / [n]o / [a]lways for this session / [c]ancel turn ";

    private final EventPrinter printer;
    private final Ansi ansi;
    private final PrintStream out;
    private final Supplier<String> input;

    /** {@code input} reads one answer line (null at end of input); pass null when not interactive. */
    ApprovalPrompt(EventPrinter printer, Ansi ansi, PrintStream out, Supplier<String> input) {
        this.printer = printer;
        this.ansi = ansi;
        this.out = out;
        this.input = input;
    }

    @Override
    public JsonNode onServerRequest(String method, JsonNode params) {
        String request = switch (method) {
            case "item/commandExecution/requestApproval" -> "run " + ansi.bold(CommandText.display(
                    JsonFields.text(params, "command", "?"))) + ansi.dim(" in " + JsonFields.text(params, "cwd", "?"));
            case "item/fileChange/requestApproval" -> "apply the file changes above"
                    + grantRoot(JsonFields.text(params, "grantRoot"));
            default -> throw new UnsupportedOperationException("this client does not handle " + method);
        };
        String reason = JsonFields.text(params, "reason");
        // Hold the printer while asking: events wait (the server is waiting for us anyway) instead of
        // printing over the question.
        synchronized (printer) {
            StringBuilder text = new StringBuilder(printer.interrupt());
            text.append(ansi.yellow("? ")).append("The agent wants to ").append(request).append('\n');
            if (reason != null && !reason.isBlank()) {
                text.append("  ").append(ansi.dim("reason: " + reason)).append('\n');
            }
            printer.print(text.toString());
            String decision = input == null ? declineUnattended() : ask();
            return JsonNodeFactory.instance.objectNode().put("decision", decision);
        }
    }

    private String declineUnattended() {
        out.println(ansi.yellow("  declined") + ": not an interactive terminal, so nobody can approve it");
        out.flush();
        return "decline";
    }

    private String ask() {
        while (true) {
            out.print(ansi.yellow(QUESTION));
            out.flush();
            String answer = input.get();
            if (answer == null) {
                out.println();
                return declineUnattended();
            }
            String decision = decisionFor(answer);
            if (decision != null) {
                return decision;
            }
            out.println("  please answer y, n, a or c");
        }
    }

    /** The protocol decision for a typed answer, or null if we do not understand it. */
    static String decisionFor(String answer) {
        return switch (answer.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> "accept";
            case "n", "no" -> "decline";
            case "a", "always" -> "acceptForSession";
            case "c", "cancel" -> "cancel";
            default -> null;
        };
    }

    private static String grantRoot(String root) {
        return root == null ? "" : " and allow writes under " + root;
    }
}
