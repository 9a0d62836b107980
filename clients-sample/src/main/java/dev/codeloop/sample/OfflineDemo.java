package dev.codeloop.sample;

import dev.codeloop.testkit.model.ScriptedModelServer;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The offline demo ({@code bin/codeloop-demo}): one real turn of the real app server, in a throwaway project,
 * with a scripted stand-in for the model so it needs no network and no API key.
 *
 * <p>It starts the scripted model, writes a {@code CODELOOP_HOME/config.toml} that points at it, spawns
 * {@code bin/codeloop app-server}, drives {@code initialize → thread/start → turn/start} over stdio and prints
 * every event until {@code turn/completed}. In the turn the agent really lists and reads files, patches the
 * project and runs its tests (see {@link DemoScript}). Exit code 0 if the turn completed, 1 if it did not, 2
 * for bad usage.
 */
public final class OfflineDemo {

    private static final String USAGE = """
            Usage: codeloop-demo [--approve] [--keep] [--root DIR] [--server CMD] [--show-server-log]

            Runs one turn of the Codeloop app server against a scripted stand-in model, offline.

              --approve           be asked before each command and file edit (approval policy "untrusted")
                                  instead of running unattended ("never"); without a terminal to ask at,
                                  every request is accepted, and the output says so
              --root DIR          the Codeloop checkout (default: found upwards from here or from this jar)
              --server CMD        start the server with CMD instead of <root>/bin/codeloop app-server:
                                  a path to codeloop.jar, or a command line (split on spaces)
              --keep              keep the temporary workspace and CODELOOP_HOME afterwards
              --show-server-log   let the server's log through to stderr instead of a file

            To run a turn with the model from your own config instead: codeloop-demo run-turn --help
            """;
    private static final Duration TURN_TIMEOUT = Duration.ofMinutes(2);
    private static final int WIDTH = 100;

    private final PrintStream out;
    private final PrintStream err;
    private final Ansi ansi;
    private final Supplier<String> terminalInput;

    private OfflineDemo(PrintStream out, PrintStream err, Ansi ansi, Supplier<String> terminalInput) {
        this.out = out;
        this.err = err;
        this.ansi = ansi;
        this.terminalInput = terminalInput;
    }

    public static void main(String[] args) {
        Console console = Terminal.isInteractive() ? System.console() : null;
        System.exit(run(args, Terminal.utf8Stdout(), Terminal.utf8Stderr(), Ansi.forStdout(System.getenv()),
                console == null ? null : console::readLine));
    }

    /** The whole demo, with no terminal to ask for approvals; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Ansi ansi) {
        return run(args, out, err, ansi, null);
    }

    /** The whole demo; {@code terminalInput} reads an answer line at the terminal, null if there is none. */
    static int run(String[] args, PrintStream out, PrintStream err, Ansi ansi, Supplier<String> terminalInput) {
        CliArgs options;
        try {
            options = CliArgs.parse(args, Set.of("--root", "--server"),
                    Set.of("--approve", "--keep", "--show-server-log", "--help", "-h"));
        } catch (CliArgs.UsageException e) {
            err.println("codeloop-demo: " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        }
        if (options.flag("--help") || options.flag("-h")) {
            out.print(USAGE);
            return 0;
        }
        Optional<Path> root = options.value("--root").map(Path::of).or(ProjectRoot::locate);
        if (root.isEmpty() && options.value("--server").isEmpty()) {
            err.println("codeloop-demo: cannot find the Codeloop checkout (a directory with bin/codeloop); "
                    + "run this from inside it, or pass --root DIR or --server CMD");
            return 2;
        }
        ServerCommand server = ServerCommand.resolve(options.value("--server").orElse(null), root.orElse(Path.of("")));
        String problem = server.problem();
        if (problem != null) {
            err.println("codeloop-demo: " + problem);
            return 1;
        }
        Path base;
        try {
            base = Files.createTempDirectory("codeloop-demo-");
        } catch (IOException e) {
            err.println("codeloop-demo: cannot create a temporary directory: " + e.getMessage());
            return 1;
        }
        boolean keep = options.flag("--keep");
        int exitCode = new OfflineDemo(out, err, ansi, terminalInput)
                .runIn(base, server, options.flag("--show-server-log"), keep, options.flag("--approve"));
        if (exitCode != 0 && !keep) {
            err.println("codeloop-demo: kept the demo's files (workspace, config, server log) for a look: " + base);
        } else if (!keep) {
            deleteTree(base);
        }
        return exitCode;
    }

    private int runIn(Path base, ServerCommand server, boolean showServerLog, boolean keep, boolean approve) {
        Path workspace = base.resolve("workspace");
        Path home = base.resolve("home");
        Path log = base.resolve("server.log");
        try (ScriptedModelServer model = ScriptedModelServer.start()) {
            Optional<String> python = Python3.version();
            DemoWorkspace.create(workspace);
            DemoScript.enqueue(model, python.isPresent());
            DemoHome.writeConfig(home, model.baseUrl(), approve ? "untrusted" : "never");
            introduce(server, workspace, model.baseUrl(), showServerLog ? null : log, python, approve);

            EventPrinter printer = new EventPrinter(ansi, out, EventPrinter.DEFAULT_MAX_OUTPUT_LINES);
            ApprovalPrompt approvals = approvals(printer, approve);
            TurnWatcher watcher = new TurnWatcher(printer.andThen(approvals));
            CodeloopClient.Builder builder = CodeloopClient.builder(server.argv())
                    .env("CODELOOP_HOME", home.toString())
                    // A private HOME: the demo's commands run in a sandbox and must not depend on (or try to
                    // write to) the user's own dotfiles.
                    .env("HOME", Files.createDirectories(home.resolve("user-home")).toString())
                    .env(DemoHome.API_KEY_VARIABLE, DemoHome.PLACEHOLDER_KEY)
                    .directory(workspace)
                    .onNotification(watcher)
                    .onServerRequest(approvals)
                    .onProblem(message -> err.println("codeloop-demo: " + message));
            if (showServerLog) {
                builder.inheritStderr();
            } else {
                builder.stderrTo(log);
            }
            try (CodeloopClient client = builder.start()) {
                TurnDriver driver = new TurnDriver(client, watcher);
                String userAgent = driver.initialize("codeloop-demo", "Codeloop offline demo");
                ThreadInfo thread = driver.startThread(workspace, null);
                out.println();
                out.println(label("connected") + userAgent);
                out.println(label("thread") + thread.threadId() + ansi.dim(" · " + thread.describe()));
                out.println();
                TurnOutcome outcome = driver.runTurn(thread.threadId(), DemoScript.PROMPT, TURN_TIMEOUT);
                summarize(outcome, workspace, keep);
                return outcome.succeeded() ? 0 : 1;
            }
        } catch (IOException | CodeloopClient.RpcException | TurnDriver.ServerGoneException | TimeoutException e) {
            err.println();
            err.println("codeloop-demo: " + e.getMessage());
            ServerLog.printTail(log, err);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Without --approve the policy is "never", so nothing is asked and declining is only a safety net. With it,
     * the person at the terminal answers; with no terminal, --approve itself was the answer.
     */
    private ApprovalPrompt approvals(EventPrinter printer, boolean approve) {
        if (approve && terminalInput == null) {
            return ApprovalPrompt.acceptingUnattended(printer, ansi, out);
        }
        return new ApprovalPrompt(printer, ansi, out, approve ? terminalInput : null);
    }

    private void introduce(ServerCommand server, Path workspace, String modelUrl, Path log, Optional<String> python,
            boolean approve) {
        out.println(ansi.bold("Codeloop offline demo"));
        out.println();
        out.println(Formats.wrap("Offline demo: the model is a scripted stand-in (no network, no API key); everything "
                + "else — the server, the agent loop, the real shell commands and file edits in " + workspace
                + " — is real.", WIDTH));
        out.println();
        out.println(label("server") + server.display());
        out.println(label("workspace") + workspace + ansi.dim("  (" + String.join(", ", DemoWorkspace.paths()) + ")"));
        out.println(label("model") + "scripted stand-in at " + modelUrl);
        out.println(label("python3") + python.orElse("not found, so the agent will not run the tests"));
        if (approve) {
            out.println(label("approvals") + (terminalInput != null ? "asked here, before each command and edit"
                    : "no terminal to ask at, so each request is accepted automatically"));
        }
        if (log != null) {
            out.println(label("server log") + log);
        }
    }

    private void summarize(TurnOutcome outcome, Path workspace, boolean keep) {
        out.println();
        out.println(ansi.bold("Summary: ") + outcome.summary());
        out.println(ansi.dim("The token counts are made up by the scripted model; the commands, their output and "
                + "the file edits are real."));
        if (!wentAsScripted(outcome)) {
            out.println(ansi.yellow("Something did not go as scripted (see above: a command failed, or the edit was "
                    + "not applied). The scripted answer was written in advance and cannot know that: trust the "
                    + "output, not the answer."));
        }
        out.println(keep ? "The workspace is kept at " + workspace
                : ansi.dim("The temporary workspace is deleted now; run with --keep to look at the edited files."));
        out.println();
        out.println("Next: with a real model configured in ~/.codeloop/config.toml, try");
        out.println("  " + ansi.bold("bin/codeloop-demo run-turn --cwd . --prompt \"What does this project do?\""));
    }

    /** Every command succeeded and the patch was applied: what the canned answer takes for granted. */
    private static boolean wentAsScripted(TurnOutcome outcome) {
        return outcome.failedCommands() == 0 && outcome.failedEdits() == 0 && outcome.items().containsKey("fileChange");
    }

    private String label(String name) {
        return "  " + ansi.dim(String.format("%-11s", name));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A leftover temp directory is harmless; the OS cleans /tmp eventually.
        }
    }
}
