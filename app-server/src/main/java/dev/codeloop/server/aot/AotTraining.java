package dev.codeloop.server.aot;

import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.server.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run behind the AOT cache ({@code -XX:AOTCacheOutput}, see {@link AotCacheBuilder}): drives the
 * real server in this process over {@link Pipe}s through a realistic session (initialize, initialized,
 * thread/start, a turn that runs a shell command against a model on loopback, thread/list and thread/read),
 * so the cache holds the classes those requests load, and nothing else: the model it talks to runs in the
 * parent JVM, so its HTTP server is not in the cache. It never serves a real client: the JVM prints AOT
 * messages to stdout at exit.
 */
public final class AotTraining {

    private static final Pattern THREAD_ID = Pattern.compile("\"thread\":\\{\"id\":\"([^\"]+)\"");
    private static final long STEP_TIMEOUT_SECONDS = 60;

    private AotTraining() {
    }

    /** {@code args[0]}: the base URL of the training model ({@link TrainingModelServer}, in the parent JVM). */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AotTraining <model base url>");
            System.exit(2);
        }
        Path home = Files.createTempDirectory("codeloop-aot-home-");
        Path workspace = Files.createTempDirectory("codeloop-aot-ws-");
        ExecutorService serverThread = Executors.newSingleThreadExecutor();
        try {
            Files.writeString(home.resolve(CodeloopHome.CONFIG_FILE_NAME), """
                    model = "gpt-5.5"
                    model_provider = "training"
                    [model_providers.training]
                    name = "training"
                    base_url = "%s"
                    env_key = "CODELOOP_TRAINING_API_KEY"
                    request_max_retries = 0
                    stream_max_retries = 0
                    """.formatted(args[0]));
            Pipe toServer = Pipe.open();
            Pipe fromServer = Pipe.open();
            Map<String, String> env = Map.of("CODELOOP_TRAINING_API_KEY", "training",
                    "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", home.toString());
            Future<?> serving = serverThread.submit(() -> {
                Main.serve(Channels.newInputStream(toServer.source()), Channels.newOutputStream(fromServer.sink()),
                        new CodeloopHome(home), ConfigOverrides.parse(List.of()), env);
                return null;
            });
            Session session = new Session(Channels.newOutputStream(toServer.sink()),
                    new BufferedReader(new InputStreamReader(Channels.newInputStream(fromServer.source()),
                            StandardCharsets.UTF_8)));
            play(session, workspace);
            toServer.sink().close();
            serving.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            serverThread.shutdownNow();
        }
        System.err.println("codeloop AOT training: session complete");
        System.exit(0);
    }

    private static void play(Session s, Path workspace) throws IOException {
        s.send("{\"id\":0,\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"codeloop-aot-training\","
                + "\"title\":\"Training\",\"version\":\"1\"},\"capabilities\":{\"experimentalApi\":false}}}");
        s.awaitLine("\"id\":0,");
        s.send("{\"method\":\"initialized\"}");
        s.send("{\"id\":1,\"method\":\"thread/start\",\"params\":{\"cwd\":" + quote(workspace.toString())
                + ",\"approvalPolicy\":\"never\"}}");
        Matcher thread = THREAD_ID.matcher(s.awaitLine("\"id\":1,"));
        if (!thread.find()) {
            throw new IllegalStateException("thread/start answered without a thread id");
        }
        String threadId = thread.group(1);
        s.send("{\"id\":2,\"method\":\"turn/start\",\"params\":{\"threadId\":" + quote(threadId)
                + ",\"input\":[{\"type\":\"text\",\"text\":\"Say hello from the shell.\",\"text_elements\":[]}]}}");
        String completed = s.awaitLine("\"method\":\"turn/completed\"");
        System.err.println("codeloop AOT training: " + completed.substring(0, Math.min(300, completed.length())));
        s.send("{\"id\":3,\"method\":\"thread/list\",\"params\":{}}");
        s.awaitLine("\"id\":3,");
        s.send("{\"id\":4,\"method\":\"thread/read\",\"params\":{\"threadId\":" + quote(threadId)
                + ",\"includeTurns\":true}}");
        s.awaitLine("\"id\":4,");
        s.send("{\"id\":5,\"method\":\"no/such/method\",\"params\":{}}");
        s.awaitLine("\"id\":5,");
    }

    /** The client side of the pipes: writes lines, reads until a line contains a marker. */
    private record Session(OutputStream out, BufferedReader in) {
        void send(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String awaitLine(String marker) throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.contains(marker)) {
                    return line;
                }
            }
            throw new IOException("server closed its output before " + marker);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
