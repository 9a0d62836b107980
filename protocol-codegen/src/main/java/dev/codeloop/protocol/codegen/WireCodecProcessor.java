package dev.codeloop.protocol.codegen;

import dev.codeloop.protocol.codegen.WireModel.WireType;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates a JSON codec class for every wire type of the protocol (records, enums, {@code @JsonTypeInfo} unions),
 * plus an index from class names to codecs, so the server reads and writes them with jackson-core and no databind
 * mapper. The codecs reproduce what the wire's databind mapper does with the same declarations. Next to the index
 * it writes the wire types' javadoc as a resource ({@link WireDocs}) for the schema generator.
 *
 * <p>It looks at every top-level type being compiled (it claims no annotation), in the first round only. Options:
 * <ul>
 *   <li>{@code codeloop.wire.packages}: comma-separated package prefixes holding wire types (required; without it
 *       nothing is generated);
 *   <li>{@code codeloop.wire.exclude}: comma-separated packages (with their subpackages) and types that are not
 *       wire types;
 *   <li>{@code codeloop.wire.index}: the qualified name of the index class to generate;
 *   <li>{@code codeloop.wire.runtime}: the package of the runtime support the codecs call ({@code WireCodecs},
 *       {@code WireRead}, {@code WireWrite}, {@code WireFormatException}); by default the index's package.
 * </ul>
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({WireCodecProcessor.PACKAGES, WireCodecProcessor.EXCLUDE, WireCodecProcessor.INDEX,
        WireCodecProcessor.RUNTIME})
public final class WireCodecProcessor extends AbstractProcessor {

    static final String PACKAGES = "codeloop.wire.packages";
    static final String EXCLUDE = "codeloop.wire.exclude";
    static final String INDEX = "codeloop.wire.index";
    static final String RUNTIME = "codeloop.wire.runtime";

    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done || round.processingOver()) {
            return false;
        }
        done = true;
        List<String> packages = list(processingEnv.getOptions().get(PACKAGES));
        String index = processingEnv.getOptions().getOrDefault(INDEX, "");
        if (packages.isEmpty() || index.lastIndexOf('.') <= 0) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "WireCodecProcessor: set -A" + PACKAGES
                    + " and -A" + INDEX + "; no wire codecs generated");
            return false;
        }
        List<String> exclude = list(processingEnv.getOptions().get(EXCLUDE));
        List<TypeElement> topLevel = new ArrayList<>();
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type && type.getEnclosingElement() instanceof PackageElement
                    && selected(type.getQualifiedName().toString(), packages, exclude)) {
                topLevel.add(type);
            }
        }
        ModelBuilder builder = new ModelBuilder(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                processingEnv.getMessager());
        List<WireType> model = builder.build(topLevel);
        if (builder.failed()) {
            return false;
        }
        Map<String, WireType> byName = new LinkedHashMap<>();
        Map<String, List<WireType>> byTopLevel = new LinkedHashMap<>();
        for (WireType type : model) {
            byName.put(type.name().canonical(), type);
            byTopLevel.computeIfAbsent(type.name().topLevelCanonical(), k -> new ArrayList<>()).add(type);
        }
        String indexPackage = index.substring(0, index.lastIndexOf('.'));
        String runtimePackage = processingEnv.getOptions().getOrDefault(RUNTIME, indexPackage);
        EmitContext context = new EmitContext(runtimePackage, indexPackage, byName);
        CodecFileEmitter codecs = new CodecFileEmitter(context);
        Map<String, TypeElement> elements = new LinkedHashMap<>();
        for (TypeElement type : topLevel) {
            elements.put(type.getQualifiedName().toString(), type);
        }
        for (Map.Entry<String, List<WireType>> file : byTopLevel.entrySet()) {
            List<WireType> types = file.getValue();
            write(types.get(0).name().codecClass(), codecs.emit(types), elements.get(file.getKey()));
        }
        write(index, new IndexEmitter(context).emit(index.substring(index.lastIndexOf('.') + 1), model),
                elements.values().toArray(new Element[0]));
        writeResource(indexPackage, WireDocs.FILE,
                WireDocs.properties(WireDocs.collect(model, processingEnv.getElementUtils())),
                elements.values().toArray(new Element[0]));
        return false;
    }

    private static boolean selected(String name, List<String> packages, List<String> exclude) {
        return packages.stream().anyMatch(p -> within(name, p)) && exclude.stream().noneMatch(p -> within(name, p));
    }

    private static boolean within(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    private static List<String> list(String option) {
        List<String> values = new ArrayList<>();
        if (option != null) {
            for (String value : option.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private void writeResource(String packageName, String name, String content, Element... originating) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, packageName, name,
                    originating);
            try (Writer out = file.openWriter()) {
                out.write(content);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e);
        }
    }

    private void write(String className, String source, Element... originating) {
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(className, originating);
            try (Writer out = file.openWriter()) {
                out.write(source);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + className + ": " + e);
        }
    }
}
