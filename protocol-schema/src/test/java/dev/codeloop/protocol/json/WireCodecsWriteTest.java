package dev.codeloop.protocol.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.approval.ApprovalDecision;
import dev.codeloop.protocol.approval.ServerRequestResolvedNotification;
import dev.codeloop.protocol.item.CommandExecutionStatus;
import dev.codeloop.protocol.policy.AskForApproval;
import dev.codeloop.protocol.policy.SandboxPolicy;
import dev.codeloop.protocol.thread.ThreadStatus;
import dev.codeloop.protocol.turn.CodexErrorInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link WireCodecs#write} on the plain values handlers return and {@code Object} components carry: the same
 * bytes as databind.
 */
class WireCodecsWriteTest {

    /** An enum outside the protocol: Jackson 3 writes enums by {@code toString()}. */
    enum Shade {
        LIGHT, DARK;

        @Override
        public String toString() {
            return name().toLowerCase() + "-ish";
        }
    }

    @TestFactory
    Stream<DynamicTest> writesPlainValuesLikeDatabind() {
        Map<String, Object> withNulls = new LinkedHashMap<>();
        withNulls.put("a", null);
        withNulls.put("b", List.of(new ThreadStatus.Idle(), AskForApproval.ON_REQUEST));
        withNulls.put("c", CodexErrorInfo.withStatus("responseStreamDisconnected", 503));
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(AskForApproval.ON_FAILURE, 1);
        keys.put(Shade.DARK, 2);
        keys.put(5L, 3);
        keys.put(CommandExecutionStatus.IN_PROGRESS, 4);
        List<Object> values = Arrays.asList(null, "text", "ünï \"q\" \\ \n\u0001 😀", true, false, 1, -7L,
                Long.MAX_VALUE, 2.5, -0.0, 1e300, Double.NaN, Double.POSITIVE_INFINITY, 1.5f, (short) 3, (byte) -4,
                new BigDecimal("1.50"), new BigDecimal("1E+3"), new BigInteger("123456789012345678901234567890"),
                new AtomicInteger(5), new AtomicLong(6), new AtomicBoolean(true), 'c', new StringBuilder("sb"),
                UUID.fromString("a68c5379-2722-45ae-9298-db7ed1de21f9"), URI.create("https://example.com/a?b=c"),
                Map.of(), List.of(), withNulls, keys, new TreeMap<>(Map.of("z", 1, "a", 2)),
                new LinkedHashSet<>(List.of("x", "y")), new Object[] {1, "two", null}, new int[] {1, 2},
                new long[] {3L}, new double[] {0.5}, new boolean[] {true, false}, new byte[] {1, 2, 3, -1},
                new char[] {'h', 'i'}, Optional.of(List.of(1)), Optional.empty(), OptionalInt.of(3), OptionalInt.empty(),
                OptionalLong.of(4L), OptionalDouble.of(0.5), AskForApproval.NEVER, Shade.LIGHT,
                ThreadStatus.ActiveFlag.WAITING_ON_USER_INPUT,
                JsonTrees.read("{\"a\":[1,2.5,null,\"x\",true,{}],\"b\":12345678901234567890123}"),
                JsonTrees.NODES.missingNode(), JsonTrees.NODES.pojoNode(7),
                new SandboxPolicy.WorkspaceWrite(List.of("/tmp"), true, null, false),
                // A union member gets its type id at the root, but not where the declared type is Object.
                new ThreadStatus.Idle(), new ServerRequestResolvedNotification("t", new ThreadStatus.Idle()),
                new ApprovalDecision("k", new ThreadStatus.Active(List.of())), Optional.of(new ThreadStatus.Idle()),
                new Object[] {new ThreadStatus.Idle()});
        return values.stream().map(value -> DynamicTest.dynamicTest(describe(value), () -> assertEquals(
                new String(Databind.MAPPER.writeValueAsBytes(value), UTF_8),
                new String(WireCodecs.toBytes(value), UTF_8))));
    }

    @Test
    void refusesWhatOnlyDatabindCouldIntrospect() {
        assertThrows(IllegalArgumentException.class, () -> WireCodecs.toBytes(Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> WireCodecs.toBytes(new Object()));
        Map<String, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        assertThrows(IllegalArgumentException.class, () -> WireCodecs.toBytes(nullKey));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.getClass().isArray() ? value.getClass().getComponentType() + "[]" : value.toString();
        return value.getClass().getSimpleName() + " " + WireCodecsParityTest.abbreviate(text);
    }
}
