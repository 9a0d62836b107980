package dev.codeloop.server;

import dev.codeloop.core.config.CodeloopHome;
import dev.codeloop.core.config.ConfigException;
import dev.codeloop.core.config.ConfigOverrides;
import dev.codeloop.protocol.schema.SchemaCli;
import dev.codeloop.server.lifecycle.TerminationSignals;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code codeloop app-server [-c key=value]...}: serves the protocol on stdin/stdout. */
public final class Main {

    private static final String USAGE = """
            Usage: codeloop app-server [-c key=value]...
                   codeloop app-server generate-json-schema --out DIR [--experimental]
                   codeloop app-server generate-ts --out DIR [--experimental]
                   codeloop app-server check-schema-compat --old DIR --new DIR
                   codeloop --version | --help

            Runs the Codeloop app server: JSON-RPC 2.0 messages, one per line, on stdin and stdout
            (wire-compatible with the Codex app-server v2 protocol). Logs go to stderr.

            Options:
              -c, --config key=value   override a config.toml key for this run (dotted keys, TOML values),
                                       e.g. -c model=gpt-5.5 -c model_providers.local.base_url="http://..."
              -h, --help               show this help
              -V, --version            show the version

            Environment:
              CODELOOP_HOME            config and data directory (default ~/.codeloop)
              CODELOOP_LOG             log level: error, warn, info (default), debug, trace
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || rest.contains("-h") || rest.contains("--help")) {
            System.out.print(USAGE);
            return rest.isEmpty() ? 2 : 0;
        }
        if (rest.contains("-V") || rest.contains("--version")) {
            System.out.println(ServerInfo.NAME + " " + ServerInfo.VERSION);
            return 0;
        }
        String command = rest.remove(0);
        if (!command.equals("app-server")) {
            System.err.println("codeloop: unknown command '" + command + "'\n");
            System.err.print(USAGE);
            return 2;
        }
        if (!rest.isEmpty() && SchemaCli.handles(rest.get(0))) {
            return SchemaCli.run(rest.toArray(String[]::new), System.out, System.err);
        }
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if ((arg.equals("-c") || arg.equals("--config")) && i + 1 < rest.size()) {
                overrides.add(rest.get(++i));
            } else if (arg.startsWith("--config=")) {
                overrides.add(arg.substring("--config=".length()));
            } else {
                System.err.println("codeloop app-server: unexpected argument '" + arg + "'\n");
                System.err.print(USAGE);
                return 2;
            }
        }
        ConfigOverrides parsed;
        try {
            parsed = ConfigOverrides.parse(overrides);
        } catch (ConfigException e) {
            System.err.println("codeloop app-server: " + e.getMessage());
            return 2;
        }
        return serveStdio(parsed);
    }

    private static int serveStdio(ConfigOverrides overrides) throws Exception {
        // stdout carries only protocol messages: keep the real stream for the protocol and send anything
        // else that prints to System.out (a stray library println) to stderr.
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        serve(new FileInputStream(FileDescriptor.in), protocolOut, CodeloopHome.fromEnvironment(), overrides,
                System.getenv());
        return 0;
    }

    /** Serves one connection on a pair of streams; the AOT training drives this very path over pipes. */
    public static void serve(InputStream in, OutputStream out, CodeloopHome home, ConfigOverrides overrides,
                             Map<String, String> env) throws IOException {
        Logging.configure(env.get("CODELOOP_LOG"));
        AppServer server = new AppServer(home, overrides, env);
        TerminationSignals.install(server::requestShutdown);
        server.serve(in, out);
    }
}
