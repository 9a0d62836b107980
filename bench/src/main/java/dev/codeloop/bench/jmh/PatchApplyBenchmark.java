package dev.codeloop.bench.jmh;

import dev.codeloop.core.tools.patch.engine.AppliedPatch;
import dev.codeloop.core.tools.patch.engine.Patch;
import dev.codeloop.core.tools.patch.engine.PatchApplier;
import dev.codeloop.core.tools.patch.engine.PatchException;
import dev.codeloop.core.tools.patch.engine.PatchParser;
import dev.codeloop.core.tools.patch.engine.PatchPlan;
import dev.codeloop.core.tools.patch.engine.PatchPlanner;
import dev.codeloop.core.tools.patch.engine.WritablePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The apply_patch engine on a realistic edit: four hunks with context in an 800-line Java file. Parsing alone;
 * parsing plus planning (reads the file, locates the hunks, computes the new text); and the whole thing including
 * the all-or-nothing write (the file is put back before each call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Serial GC and C1 only, as bin/codeloop runs the server.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PatchApplyBenchmark {

    private static final int METHODS = 200;

    private Path dir;
    private Path file;
    private String original;
    private String patchText;

    @Setup(Level.Trial)
    public void createFiles() throws IOException {
        dir = Files.createTempDirectory("codeloop-jmh-patch-");
        file = dir.resolve("Service.java");
        StringBuilder source = new StringBuilder("package demo;\n\npublic final class Service {\n");
        for (int i = 0; i < METHODS; i++) {
            source.append("\n    /** Method ").append(i).append(". */\n")
                    .append("    public int method").append(i).append("(int x) {\n")
                    .append("        return x + ").append(i).append(";\n")
                    .append("    }\n");
        }
        source.append("}\n");
        original = source.toString();
        StringBuilder patch = new StringBuilder("*** Begin Patch\n*** Update File: Service.java\n");
        for (int i : new int[] {10, 70, 130, 190}) {
            patch.append("@@\n")
                    .append("     /** Method ").append(i).append(". */\n")
                    .append("     public int method").append(i).append("(int x) {\n")
                    .append("-        return x + ").append(i).append(";\n")
                    .append("+        int doubled = x * 2;\n")
                    .append("+        return doubled + ").append(i).append(";\n")
                    .append("     }\n");
        }
        patchText = patch.append("*** End Patch").toString();
    }

    @Setup(Level.Invocation)
    public void restoreFile() throws IOException {
        Files.writeString(file, original);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Patch parse() throws PatchException {
        return PatchParser.parse(patchText);
    }

    @Benchmark
    public PatchPlan parseAndPlan() throws PatchException {
        return PatchPlanner.plan(PatchParser.parse(patchText), dir, WritablePolicy.roots(dir));
    }

    @Benchmark
    public AppliedPatch parsePlanAndWrite() throws PatchException {
        return PatchApplier.apply(PatchPlanner.plan(PatchParser.parse(patchText), dir, WritablePolicy.roots(dir)));
    }
}
