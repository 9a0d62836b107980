package dev.codeloop.protocol.schema;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema commands behind {@code codeloop app-server …}:
 * <pre>
 *   generate-json-schema --out DIR [--experimental]
 *   generate-ts --out DIR [--experimental]
 *   check-schema-compat --old DIR --new DIR
 * </pre>
 * Exit codes: 0 done (compatible), 1 breaking changes found, 2 usage error.
 */
public final class SchemaCli {

    public static final List<String> COMMANDS = List.of("generate-json-schema", "generate-ts", "check-schema-compat");

    public static final String USAGE = """
            Usage: codeloop app-server generate-json-schema --out DIR [--experimental]
                   codeloop app-server generate-ts --out DIR [--experimental]
                   codeloop app-server check-schema-compat --old DIR --new DIR

              generate-json-schema  write the protocol's JSON Schema (draft-07), one file per type plus bundles
              generate-ts           write TypeScript declarations for client authors
              check-schema-compat   list breaking changes from the schema in --old to the one in --new
                                    (both written by generate-json-schema); exits 1 if there are any
              --experimental        include experimental methods and fields (default: the stable surface)
            """;

    private SchemaCli() {
    }

    public static boolean handles(String command) {
        return COMMANDS.contains(command);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !handles(args[0])) {
            err.print(USAGE);
            return 2;
        }
        try {
            Options options = Options.parse(List.of(args).subList(1, args.length));
            ProtocolSurface surface = options.experimental ? ProtocolSurface.EXPERIMENTAL : ProtocolSurface.STABLE;
            return switch (args[0]) {
                case "generate-json-schema" -> write(SchemaGenerator.generate(surface), options.require("--out"), out);
                case "generate-ts" -> write(TypeScriptGenerator.generate(surface), options.require("--out"), out);
                default -> checkCompat(options.require("--old"), options.require("--new"), out);
            };
        } catch (IllegalArgumentException e) {
            err.println("codeloop app-server " + args[0] + ": " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            err.println("codeloop app-server " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static int write(GeneratedFiles files, Path dir, PrintStream out) {
        files.writeTo(dir);
        out.println("wrote " + files.files().size() + " file(s) to " + dir);
        return 0;
    }

    private static int checkCompat(Path oldDir, Path newDir, PrintStream out) {
        List<BreakingChange> changes = SchemaCompatibility.check(oldDir, newDir);
        if (changes.isEmpty()) {
            out.println("compatible: no breaking changes from " + oldDir + " to " + newDir);
            return 0;
        }
        out.println(changes.size() + " breaking change(s) from " + oldDir + " to " + newDir + ":");
        changes.forEach(c -> out.println("  " + c));
        return 1;
    }

    private record Options(Path out, Path old, Path current, boolean experimental) {

        static Options parse(List<String> args) {
            Path out = null;
            Path old = null;
            Path current = null;
            boolean experimental = false;
            List<String> rest = new ArrayList<>(args);
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "--experimental" -> experimental = true;
                    case "--out", "--old", "--new" -> {
                        if (rest.isEmpty()) {
                            throw new IllegalArgumentException(arg + " needs a directory");
                        }
                        Path dir = Path.of(rest.remove(0));
                        if (arg.equals("--out")) {
                            out = dir;
                        } else if (arg.equals("--old")) {
                            old = dir;
                        } else {
                            current = dir;
                        }
                    }
                    default -> throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
            }
            return new Options(out, old, current, experimental);
        }

        Path require(String option) {
            Path dir = switch (option) {
                case "--out" -> out;
                case "--old" -> old;
                default -> current;
            };
            if (dir == null) {
                throw new IllegalArgumentException("missing " + option + " DIR");
            }
            return dir;
        }
    }
}
