package dev.codeloop.sample;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Answers the server's approval requests ({@code item/commandExecution/requestApproval},
 * {@code item/fileChange/requestApproval}) by asking the person at the terminal. Without a terminal there is
 * nobody to ask, so it declines and says so: an unattended run must never approve by default. A caller that
 * was told up front to approve everything can ask for {@link #acceptingUnattended} instead.
 *
 * <p>A file change request names only its item, so this also listens to notifications: it remembers the
 * {@code fileChange} items from {@code item/started} (and the thread's cwd) to show which files are at stake.
 */
final class ApprovalPrompt implements CodeloopClient.ServerRequestHandler, CodeloopClient.NotificationListener {

    static final String QUESTION = "Approve? [y]es / [n]o / [a]lways for this session / [c]ancel turn ";

    private final EventPrinter printer;
    private final Ansi ansi;
    private final PrintStream out;
    private final Supplier<String> input;
    private final boolean acceptUnattended;
    // Written on the reader thread, read on the request thread.
    private final Map<String, JsonNode> fileChanges = new ConcurrentHashMap<>();
    private volatile String workspace;

    /** {@code input} reads one answer line (null at end of input); pass null when not interactive. */
    ApprovalPrompt(EventPrinter printer, Ansi ansi, PrintStream out, Supplier<String> input) {
        this(printer, ansi, out, input, false);
    }

    private ApprovalPrompt(EventPrinter printer, Ansi ansi, PrintStream out, Supplier<String> input, boolean acceptUnattended) {
        this.printer = printer;
        this.ansi = ansi;
        this.out = out;
        this.input = input;
        this.acceptUnattended = acceptUnattended;
    }

    /** Nobody to ask, but the person chose to approve everything: accepts each request and says so. */
    static ApprovalPrompt acceptingUnattended(EventPrinter printer, Ansi ansi, PrintStream out) {
        return new ApprovalPrompt(printer, ansi, out, null, true);
    }

    @Override
    public void onNotification(String method, JsonNode params) {
        switch (method) {
            case "thread/started" -> workspace = JsonFields.text(params.path("thread"), "cwd", workspace);
            case "item/started" -> {
                JsonNode item = params.path("item");
                if (JsonFields.text(item, "type", "").equals("fileChange")) {
                    fileChanges.put(JsonFields.text(item, "id", ""), item);
                }
            }
            case "item/completed" -> fileChanges.remove(JsonFields.text(params.path("item"), "id", ""));
            default -> { }
        }
    }

    @Override
    public JsonNode onServerRequest(String method, JsonNode params) {
        String request = switch (method) {
            case "item/commandExecution/requestApproval" -> "run " + ansi.bold(CommandText.display(
                    JsonFields.text(params, "command", "?"))) + ansi.dim(" in " + JsonFields.text(params, "cwd", "?")) + "\n";
            case "item/fileChange/requestApproval" -> fileChange(params);
            default -> throw new UnsupportedOperationException("this client does not handle " + method);
        };
        String reason = JsonFields.text(params, "reason");
        // Hold the printer while asking: events wait (the server is waiting for us anyway) instead of
        // printing over the question.
        synchronized (printer) {
            StringBuilder text = new StringBuilder(printer.interrupt());
            text.append(ansi.yellow("? ")).append("The agent wants to ").append(request);
            if (reason != null && !reason.isBlank()) {
                text.append("  ").append(ansi.dim("reason: " + reason)).append('\n');
            }
            printer.print(text.toString());
            String decision = input != null ? ask() : acceptUnattended ? acceptUnattended() : declineUnattended();
            return JsonNodeFactory.instance.objectNode().put("decision", decision);
        }
    }

    /** {@code edit 2 files} and the files, one per line, as the printer listed them. */
    private String fileChange(JsonNode params) {
        String grantRoot = JsonFields.text(params, "grantRoot");
        String alsoGrant = grantRoot == null ? "" : " and allow writes under " + grantRoot;
        String itemId = JsonFields.text(params, "itemId", "?");
        JsonNode item = fileChanges.get(itemId);
        if (item == null) {
            return "change files" + alsoGrant + ansi.dim(" (item " + itemId + ": its files were not announced)") + "\n";
        }
        StringBuilder text = new StringBuilder("edit " + Formats.plural(item.path("changes").size(), "file", "files")
                + alsoGrant + "\n");
        for (JsonNode change : item.path("changes")) {
            text.append("    ").append(FileChanges.label(change, workspace)).append('\n');
        }
        return text.toString();
    }

    private String acceptUnattended() {
        out.println(ansi.green("  accepted") + " automatically (no terminal to ask)");
        out.flush();
        return "accept";
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
}
