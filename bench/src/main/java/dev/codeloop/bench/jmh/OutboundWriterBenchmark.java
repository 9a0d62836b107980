package dev.codeloop.bench.jmh;

import dev.codeloop.server.rpc.JsonRpcCodec;
import dev.codeloop.server.transport.OutboundWriter;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
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
 * The event writer as the server uses it: encode a delta notification and queue it on the stdout writer, whose
 * own thread drains the queue into a stream (here one that discards the bytes). Throughput is bounded by
 * whichever side is slower, as in the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Serial GC and C1 only, as bin/codeloop runs the server.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OutboundWriterBenchmark {

    private final NotificationMessage delta = JsonCodecBenchmark.deltaNotification();
    private OutboundWriter writer;

    @Setup(Level.Trial)
    public void start() {
        writer = new OutboundWriter(OutputStream.nullOutputStream(), 4096);
    }

    @TearDown(Level.Trial)
    public void stop() {
        writer.close();
    }

    @Benchmark
    public void encodeAndQueueDelta() {
        writer.send(JsonRpcCodec.write(delta, System.currentTimeMillis()));
    }
}
