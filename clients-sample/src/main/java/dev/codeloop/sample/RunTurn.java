package dev.codeloop.sample;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One turn against whatever model your {@code CODELOOP_HOME/config.toml} configures (default {@code ~/.codeloop}):
 * the same client and printer as the offline demo, with no scripted model. Approval requests are asked at the
 * terminal; when not interactive they are declined.
 *
 * <pre>java -cp clients-sample/target/codeloop-demo.jar dev.codeloop.sample.RunTurn --prompt "…" [--cwd DIR]</pre>
 */
public final class RunTurn {

    private static final String USAGE = """
            Usage: codeloop-demo run-turn --prompt TEXT [--cwd DIR] [--approval-policy POLICY] [--sandbox MODE]
                                          [--root DIR] [--server CMD] [--show-server-log]

            Runs one turn with the model configured in $CODELOOP_HOME/config.toml (default ~/.codeloop).

              --prompt TEXT             what to ask the agent
              --cwd DIR                 the project to work in (default: the current directory)
              --approval-policy POLICY  untrusted | on-request | never (default: from config)
              --sandbox MODE            read-only | workspace-write | danger-full-access (default: from config)
              --root DIR, --server CMD  where the server is, as for the offline demo
              --show-server-log         let the server's log through to stderr instead of a temp file
            """;
    private static final Duration TURN_TIMEOUT = Duration.ofHours(2);

    private RunTurn() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Terminal.utf8Stdout(), Terminal.utf8Stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CliArgs options;
        try {
            options = CliArgs.parse(args, Set.of("--prompt", "--cwd", "--approval-policy", "--sandbox", "--root", "--server"),
                    Set.of("--show-server-log", "--help", "-h"));
        } catch (CliArgs.UsageException e) {
            err.println("run-turn: " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        }
        if (options.flag("--help") || options.flag("-h")) {
            out.print(USAGE);
            return 0;
        }
        Optional<String> prompt = options.value("--prompt").filter(text -> !text.isBlank());
        if (prompt.isEmpty()) {
            err.println("run-turn: --prompt is required\n");
            err.print(USAGE);
            return 2;
        }
        Path cwd = Path.of(options.value("--cwd").orElse(".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(cwd)) {
            err.println("run-turn: not a directory: " + cwd);
            return 2;
        }
        Optional<Path> root = options.value("--root").map(Path::of).or(ProjectRoot::locate);
        if (root.isEmpty() && options.value("--server").isEmpty()) {
            err.println("run-turn: cannot find the Codeloop checkout (a directory with bin/codeloop); pass --root DIR or --server CMD");
            return 2;
        }
        ServerCommand server = ServerCommand.resolve(options.value("--server").orElse(null), root.orElse(Path.of("")));
        if (server.problem() != null) {
            err.println("run-turn: " + server.problem());
            return 1;
        }
        ObjectNode overrides = JsonNodeFactory.instance.objectNode();
        options.value("--approval-policy").ifPresent(policy -> overrides.put("approvalPolicy", policy));
        options.value("--sandbox").ifPresent(mode -> overrides.put("sandbox", mode));
        return turn(server, cwd, prompt.get(), overrides, options.flag("--show-server-log"), out, err);
    }

    private static int turn(ServerCommand server, Path cwd, String prompt, ObjectNode overrides, boolean showServerLog,
            PrintStream out, PrintStream err) {
        Ansi ansi = Ansi.forStdout(System.getenv());
        EventPrinter printer = new EventPrinter(ansi, out, EventPrinter.DEFAULT_MAX_OUTPUT_LINES);
        Console console = Terminal.isInteractive() ? System.console() : null;
        ApprovalPrompt approvals = new ApprovalPrompt(printer, ansi, out, console == null ? null : console::readLine);
        TurnWatcher watcher = new TurnWatcher(printer.andThen(approvals)); // approvals need to see the file changes
        CodeloopClient.Builder builder = CodeloopClient.builder(server.argv())
                .directory(cwd)
                .onNotification(watcher)
                .onServerRequest(approvals)
                .onProblem(message -> err.println("run-turn: " + message));
        if (showServerLog) {
            builder.inheritStderr();
        }
        Path log = null;
        boolean succeeded = false;
        Thread closeOnExit = null;
        try (CodeloopClient client = builder.start()) {
            log = client.stderrLog().orElse(null);
            closeOnExit = new Thread(client::close, "codeloop-client-close"); // so Ctrl-C stops the server too
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            TurnDriver driver = new TurnDriver(client, watcher);
            driver.initialize("codeloop-run-turn", "Codeloop RunTurn sample");
            ThreadInfo thread = driver.startThread(cwd, overrides);
            out.println(ansi.dim("codeloop · " + thread.describe() + " · " + thread.cwd()));
            out.println();
            TurnOutcome outcome = driver.runTurn(thread.threadId(), prompt, TURN_TIMEOUT);
            out.println();
            out.println(ansi.bold("Summary: ") + outcome.summary());
            succeeded = outcome.succeeded();
            if (!succeeded && log != null) {
                err.println("run-turn: the server log is " + log);
            }
            return succeeded ? 0 : 1;
        } catch (IOException | CodeloopClient.RpcException | TurnDriver.ServerGoneException | TimeoutException e) {
            err.println();
            err.println("run-turn: " + e.getMessage());
            ServerLog.printTail(log, err);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            removeHook(closeOnExit);
            if (succeeded) {
                deleteQuietly(log); // kept when something went wrong, for the bug report
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            if (hook != null) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        } catch (IllegalStateException alreadyExiting) {
            // The JVM is shutting down and the hook is running: nothing to undo.
        }
    }

    private static void deleteQuietly(Path log) {
        try {
            if (log != null) {
                Files.deleteIfExists(log);
            }
        } catch (IOException ignored) {
            // A stray temp file is not worth failing a finished turn over.
        }
    }
}
