package dev.codeloop.protocol.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on small sources, with stand-ins for Jackson's annotations (it reads them by name): what it
 * generates, and what it refuses rather than generate codecs that would not match databind.
 */
class WireCodecProcessorTest {

    private static final Map<String, String> JACKSON = Map.of(
            "com/fasterxml/jackson/annotation/JsonProperty.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonProperty { String value() default ""; boolean required() default false;
                        int index() default -1; }
                    """,
            "com/fasterxml/jackson/annotation/JsonInclude.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonInclude { Include value() default Include.ALWAYS;
                        enum Include { ALWAYS, NON_NULL, NON_ABSENT, NON_EMPTY, NON_DEFAULT, CUSTOM, USE_DEFAULTS } }
                    """,
            "com/fasterxml/jackson/annotation/JsonTypeInfo.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonTypeInfo { Id use(); As include() default As.PROPERTY;
                        String property() default ""; boolean visible() default false;
                        enum Id { NONE, CLASS, NAME } enum As { PROPERTY, WRAPPER_OBJECT, EXISTING_PROPERTY } }
                    """,
            "com/fasterxml/jackson/annotation/JsonSubTypes.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonSubTypes { Type[] value();
                        @interface Type { Class<?> value(); String name() default ""; String[] names() default {}; } }
                    """,
            "com/fasterxml/jackson/annotation/JsonValue.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonValue { boolean value() default true; }
                    """,
            "com/fasterxml/jackson/annotation/JsonCreator.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonCreator { Mode mode() default Mode.DEFAULT;
                        enum Mode { DEFAULT, DELEGATING, PROPERTIES, DISABLED } }
                    """,
            "com/fasterxml/jackson/annotation/JsonIgnore.java", """
                    package com.fasterxml.jackson.annotation;
                    public @interface JsonIgnore { }
                    """,
            // The generated signatures name these; with -proc:only the method bodies are never attributed.
            "tools/jackson/databind/JsonNode.java", """
                    package tools.jackson.databind;
                    public abstract class JsonNode { }
                    """,
            "tools/jackson/core/JsonGenerator.java", """
                    package tools.jackson.core;
                    public abstract class JsonGenerator { }
                    """);

    private static final String SHAPES = """
            package x.wire;
            import com.fasterxml.jackson.annotation.*;
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
            @JsonSubTypes({@JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
                    @JsonSubTypes.Type(value = Shape.Square.class, name = "square")})
            public sealed interface Shape {
                record Circle(double radius, @JsonProperty("fill_color") Color color) implements Shape { }
                record Square(long side, java.util.List<java.util.Map<String, Object>> tags) implements Shape { }
                enum Color { @JsonProperty("dark-red") DARK_RED, BLUE }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void generatesOneCodecPerTopLevelTypeAndAnIndex() throws IOException {
        Result result = compile(Map.of("x/wire/Shape.java", SHAPES, "x/wire/Drawing.java", """
                package x.wire;
                import com.fasterxml.jackson.annotation.*;
                public record Drawing(String title, java.util.List<Shape> shapes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version) { }
                """, "x/wire/tooling/NotWire.java", """
                package x.wire.tooling;
                public record NotWire(java.time.Instant at) { }
                """));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("x/wire/DrawingWireCodec.java", "x/wire/ShapeWireCodec.java", "x/wire/json/Index.java",
                "x/wire/json/wire-docs.properties"), List.copyOf(result.generated().keySet()));
        String shapes = result.generated().get("x/wire/ShapeWireCodec.java");
        for (String expected : List.of("public static x.wire.Shape read(", "readCircleProperties(",
                "public static void writeCircle(", "writeCircleUntagged(", "case \"square\":",
                "g.writeName(\"fill_color\");", "WIRE_NAMES_Color = {\"dark-red\", \"BLUE\"}",
                "readList0(", "readMap1(")) {
            assertTrue(shapes.contains(expected), "missing " + expected + " in\n" + shapes);
        }
        String drawing = result.generated().get("x/wire/DrawingWireCodec.java");
        assertTrue(drawing.contains("if (v2 != null) {"), drawing);
        assertTrue(drawing.contains("x.wire.ShapeWireCodec.read(node.get(i))"), drawing);
        String index = result.generated().get("x/wire/json/Index.java");
        assertTrue(index.contains("case \"x.wire.Shape$Circle\":"), index);
        assertFalse(index.contains("NotWire"), index);
    }

    @Test
    void writesTheWireTypesJavadocAsAPropertiesResource() throws IOException {
        Result result = compile(Map.of("x/wire/Shape.java", SHAPES.replace("@JsonTypeInfo(", """
                /**
                 * A shape to draw. See {@link Drawing#shapes() the drawing}.
                 *
                 * <p>Either a {@code circle} or a {@code square}.
                 */
                @JsonTypeInfo(""").replace("""
                public sealed interface Shape {
                    record Circle(""", """
                public sealed interface Shape {
                    /**
                     * A round shape.
                     *
                     * @param radius in {@literal <px>}
                     * @param color  its fill
                     *               color
                     * @see Square
                     */
                    record Circle(""").replace("enum Color { @JsonProperty(\"dark-red\") DARK_RED,", """
                    /** How a shape is filled. */
                    enum Color { /** Like {@code #8b0000}. */ @JsonProperty("dark-red") DARK_RED,"""),
                "x/wire/Drawing.java", """
                package x.wire;
                /** Shapes on a canvas. */
                public record Drawing(String title, java.util.List<Shape> shapes) { }
                """));
        assertEquals(List.of(), result.errors());
        String resource = result.generated().get("x/wire/json/wire-docs.properties");
        java.util.Properties docs = new java.util.Properties();
        docs.load(new java.io.StringReader(resource));
        assertEquals(Map.of(
                "x.wire.Drawing", "Shapes on a canvas.",
                "x.wire.Shape", "A shape to draw. See the drawing.\n\nEither a `circle` or a `square`.",
                "x.wire.Shape$Circle", "A round shape.",
                "x.wire.Shape$Circle#radius", "In <px>.",
                "x.wire.Shape$Circle#color", "Its fill color.",
                "x.wire.Shape$Color", "How a shape is filled.",
                "x.wire.Shape$Color#DARK_RED", "Like `#8b0000`."), new TreeMap<>(docs));
        List<String> keys = resource.lines().filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')))
                .toList();
        assertEquals(keys.stream().sorted().toList(), keys, "sorted by key, so the output is stable");
    }

    @Test
    void refusesJacksonAnnotationsItDoesNotImplement() throws IOException {
        assertError("@JsonIgnore is not supported on a record component", """
                package x.wire;
                public record R(@com.fasterxml.jackson.annotation.JsonIgnore String secret) { }
                """);
        assertError("@JsonProperty(index = ...) is not supported", """
                package x.wire;
                public record R(@com.fasterxml.jackson.annotation.JsonProperty(index = 2) String a) { }
                """);
        assertError("@JsonInclude(NON_DEFAULT) is not supported", """
                package x.wire;
                import com.fasterxml.jackson.annotation.JsonInclude;
                public record R(@JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer a) { }
                """);
    }

    @Test
    void refusesUnionsDatabindWouldHandleDifferently() throws IOException {
        assertError("permitted subclass x.wire.U.B has no @JsonSubTypes entry", """
                package x.wire;
                import com.fasterxml.jackson.annotation.*;
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
                @JsonSubTypes({@JsonSubTypes.Type(value = U.A.class, name = "a")})
                public sealed interface U { record A() implements U { } record B() implements U { } }
                """);
        assertError("only use = JsonTypeInfo.Id.NAME is supported", """
                package x.wire;
                import com.fasterxml.jackson.annotation.*;
                @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
                @JsonSubTypes({@JsonSubTypes.Type(value = U.A.class, name = "a")})
                public sealed interface U { record A() implements U { } }
                """);
        assertError("property `type` appears twice on the wire", """
                package x.wire;
                import com.fasterxml.jackson.annotation.*;
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
                @JsonSubTypes({@JsonSubTypes.Type(value = U.A.class, name = "a")})
                public sealed interface U { record A(String type) implements U { } }
                """);
    }

    @Test
    void refusesTypesAndMethodsItCannotMirror() throws IOException {
        assertError("type java.time.Instant is not supported", """
                package x.wire;
                public record R(java.time.Instant at) { }
                """);
        assertError("type java.util.Map<java.lang.Integer,java.lang.String> is not supported", """
                package x.wire;
                public record R(java.util.Map<Integer, String> byId) { }
                """);
        assertError("databind would write getTotal() as a property", """
                package x.wire;
                public record R(int a, int b) { public int getTotal() { return a + b; } }
                """);
        assertError("an enum overriding it is not supported", """
                package x.wire;
                public enum E { A; @Override public String toString() { return "a"; } }
                """);
    }

    @Test
    void withoutOptionsItWarnsAndGeneratesNothing() throws IOException {
        Result result = compile(Map.of("x/wire/Shape.java", SHAPES), List.of());
        assertEquals(List.of(), result.errors());
        assertTrue(result.generated().isEmpty());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("no wire codecs generated")), result.warnings()
                .toString());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private record Result(List<String> errors, List<String> warnings, Map<String, String> generated) {
    }

    /** Compiles {@code source}, declaring {@code x.wire.<its first type>}, and expects an error. */
    private void assertError(String expected, String source) throws IOException {
        java.util.regex.Matcher declared = java.util.regex.Pattern.compile("public (?:sealed )?(?:record|interface|enum)"
                + " (\\w+)").matcher(source);
        assertTrue(declared.find(), source);
        Result result = compile(Map.of("x/wire/" + declared.group(1) + ".java", source));
        assertTrue(result.errors().stream().anyMatch(e -> e.contains(expected)),
                "expected an error containing `" + expected + "`, got " + result.errors());
    }

    private Result compile(Map<String, String> sources) throws IOException {
        return compile(sources, List.of("-Acodeloop.wire.packages=x.wire", "-Acodeloop.wire.exclude=x.wire.tooling",
                "-Acodeloop.wire.index=x.wire.json.Index"));
    }

    private Result compile(Map<String, String> sources, List<String> options) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src-" + System.nanoTime()));
        Path generated = Files.createDirectories(src.resolveSibling(src.getFileName() + "-gen"));
        List<Path> files = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(JACKSON);
        all.putAll(sources);
        for (Map.Entry<String, String> source : all.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> arguments = new ArrayList<>(options);
            // Only process: the generated code needs the runtime (WireRead, ...), which lives in protocol-schema.
            arguments.addAll(List.of("-proc:only", "-s", generated.toString(), "-d", generated.toString()));
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, arguments, null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new WireCodecProcessor()));
            task.call();
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            (diagnostic.getKind() == Diagnostic.Kind.ERROR ? errors : warnings)
                    .add(diagnostic.getMessage(Locale.ROOT));
        }
        Map<String, String> output = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(generated)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                output.put(generated.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return new Result(errors, warnings, output);
    }
}
