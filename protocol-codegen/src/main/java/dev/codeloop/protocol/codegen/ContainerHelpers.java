package dev.codeloop.protocol.codegen;

import dev.codeloop.protocol.codegen.WireModel.ListRef;
import dev.codeloop.protocol.codegen.WireModel.Ref;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The private list and map methods of one codec class, one per container type and direction ({@code readList0},
 * {@code writeMap1}, …), written after the class's own methods.
 */
final class ContainerHelpers {

    private final String prefix;
    private final SourceWriter source = new SourceWriter();
    /** Method names by the Java type they handle. */
    private final Map<String, String> names = new LinkedHashMap<>();

    /** {@code prefix}: {@code "read"} or {@code "write"}. */
    ContainerHelpers(String prefix) {
        this.prefix = prefix;
    }

    /** Every method asked for so far. */
    SourceWriter source() {
        return source;
    }

    /**
     * The name of {@code container}'s method; the first time, {@code body} writes the method under that name (the
     * name is taken first, so a body that needs further helpers gets them).
     */
    String nameFor(Ref container, BiConsumer<String, SourceWriter> body) {
        String existing = names.get(container.javaType());
        if (existing != null) {
            return existing;
        }
        String name = prefix + (container instanceof ListRef ? "List" : "Map") + names.size();
        names.put(container.javaType(), name);
        SourceWriter out = new SourceWriter();
        body.accept(name, out);
        source.append(out);
        return name;
    }
}
