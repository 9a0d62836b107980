package dev.codeloop.bench.jmh;

import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.server.rpc.JsonRpcCodec;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The wire codec both ways: reading a client's turn/start line, writing an agent-message delta notification. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Serial GC and C1 only, as bin/codeloop runs the server.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonCodecBenchmark {

    static final String TURN_START = "{\"id\":7,\"method\":\"turn/start\",\"params\":{\"threadId\":"
            + "\"019a4f7e-2b1c-7d3e-9f00-1a2b3c4d5e6f\",\"input\":[{\"type\":\"text\",\"text\":\"Add a --verbose flag "
            + "to the CLI and update the README accordingly.\",\"text_elements\":[]}],\"cwd\":\"/home/dev/project\","
            + "\"approvalPolicy\":\"on-request\",\"model\":\"gpt-5.5\",\"effort\":\"medium\"}}";

    private final NotificationMessage delta = deltaNotification();

    static NotificationMessage deltaNotification() {
        NotificationMessage message = new NotificationMessage();
        message.setMethod("item/agentMessage/delta");
        message.setParams(new AgentMessageDeltaNotification("019a4f7e-2b1c-7d3e-9f00-1a2b3c4d5e6f",
                "019a4f7e-3c2d-7e4f-8a11-2b3c4d5e6f70", "msg_0a1b2c3d4e5f60718293a4b5c6d7e8f9", " the README"));
        return message;
    }

    @Benchmark
    public Message parseTurnStart() throws JsonRpcCodec.MalformedMessage {
        return JsonRpcCodec.parse(TURN_START);
    }

    @Benchmark
    public byte[] writeAgentMessageDelta() {
        return JsonRpcCodec.write(delta, 1_763_856_000_000L);
    }
}
