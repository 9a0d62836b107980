package dev.codeloop.protocol.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every generated codec against databind (configured like the server's former wire mapper), on the
 * {@link Samples} of every wire type: the written bytes are identical, and reading databind's output gives back the
 * value, equal to what databind reads.
 */
class WireCodecsParityTest {

    @TestFactory
    Stream<DynamicContainer> everyWireTypeWritesAndReadsLikeDatabind() {
        return WireCodecIndex.typeNames().stream().map(name -> {
            Class<?> type = load(name);
            List<Object> samples = Samples.of(type);
            return DynamicContainer.dynamicContainer(name.substring(name.lastIndexOf('.') + 1),
                    IntStream.range(0, samples.size()).mapToObj(i -> DynamicTest.dynamicTest(
                            "#" + i + " " + abbreviate(String.valueOf(samples.get(i))),
                            () -> assertParity(type, samples.get(i)))));
        });
    }

    static void assertParity(Class<?> type, Object value) {
        byte[] expected = Databind.MAPPER.writeValueAsBytes(value);
        assertEquals(new String(expected, UTF_8), new String(WireCodecs.toBytes(value), UTF_8), "written JSON");

        JsonNode tree = JsonTrees.read(expected);
        Object ours = WireCodecs.read(type, tree);
        assertEquals(value, ours, "read back as " + type.getSimpleName());
        assertEquals(Databind.MAPPER.readValue(expected, type), ours, "read like databind");
        if (value != null && value.getClass() != type && !value.getClass().isEnum()) {
            // A union member read as itself (databind still wants the type id).
            assertEquals(value, WireCodecs.read(value.getClass(), tree), "read back as its own class");
        }
        // And written again from what we read: the same bytes.
        assertEquals(new String(expected, UTF_8), new String(WireCodecs.toBytes(ours), UTF_8), "rewritten JSON");
    }

    /** The processor found every wire type the main classes hold, and nothing else. */
    @Test
    void theIndexHoldsEveryWireType() throws IOException, URISyntaxException {
        Path classes = Path.of(WireCodecs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/codeloop/protocol"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("dev.codeloop.protocol.schema.") || name.startsWith("dev.codeloop.protocol.json.")
                        || name.contains("WireCodec")) {
                    continue;
                }
                Class<?> type = load(name);
                boolean wire = type.isRecord() || type.isEnum()
                        || type.isInterface() && type.isAnnotationPresent(JsonTypeInfo.class);
                if (wire && type != MethodDescriptor.class && type != Direction.class) {
                    expected.add(name);
                }
            }
        }
        assertTrue(expected.size() > 80, "found only " + expected);
        assertEquals(expected, new TreeSet<>(WireCodecIndex.typeNames()));
    }

    /** Every params and result type of the method table has a codec. */
    @Test
    void everyMethodsTypesAreWireTypes() {
        List<String> missing = new ArrayList<>();
        for (MethodDescriptor<?, ?> method : Methods.ALL) {
            for (Class<?> type : List.of(method.paramsType(), method.resultType())) {
                if (type != Void.class && !WireCodecIndex.typeNames().contains(type.getName())) {
                    missing.add(method.name() + ": " + type.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WireCodecsParityTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }
}
