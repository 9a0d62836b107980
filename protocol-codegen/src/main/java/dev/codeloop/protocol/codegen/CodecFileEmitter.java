package dev.codeloop.protocol.codegen;

import dev.codeloop.protocol.codegen.WireModel.TypeName;
import dev.codeloop.protocol.codegen.WireModel.WireType;
import java.util.List;

/**
 * Emits one codec class: the readers and writers of one top-level wire type and the types nested in it, in the
 * top-level type's package (so it may call package-private {@code @JsonValue} and {@code @JsonCreator} methods).
 */
final class CodecFileEmitter {

    private final EmitContext context;

    CodecFileEmitter(EmitContext context) {
        this.context = context;
    }

    /** The source of the codec class for {@code types}, which share one top-level type, that one first. */
    String emit(List<WireType> types) {
        TypeName top = types.get(0).name();
        ReaderEmitter reader = new ReaderEmitter(context);
        WriterEmitter writer = new WriterEmitter(context);
        SourceWriter body = new SourceWriter();
        for (WireType type : types) {
            reader.emit(body, type);
        }
        for (WireType type : types) {
            writer.emit(body, type);
        }
        SourceWriter out = new SourceWriter();
        if (!top.packageName().isEmpty()) {
            out.line("package " + top.packageName() + ";").line("");
        }
        out.line("/**");
        out.line(" * Reads and writes {@link " + top.topLevelCanonical() + "} and its nested wire types as JSON, the way");
        out.line(" * the databind mapper of the wire does, with jackson-core alone. Generated from the declarations by");
        out.line(" * {@code dev.codeloop.protocol.codegen.WireCodecProcessor}: do not edit; use {@code "
                + context.codecs() + "}.");
        out.line(" */");
        out.line(EmitContext.GENERATED);
        out.open("public final class " + top.codecSimpleName());
        out.line("");
        out.open("private " + top.codecSimpleName() + "()").close();
        out.line("");
        out.append(body);
        out.append(reader.helpers());
        out.append(writer.helpers());
        out.close();
        return out.toString();
    }
}
