package dev.codeloop.protocol.codegen;

import static dev.codeloop.protocol.codegen.EmitContext.NODE;
import static dev.codeloop.protocol.codegen.SourceWriter.literal;

import dev.codeloop.protocol.codegen.WireModel.Constant;
import dev.codeloop.protocol.codegen.WireModel.EnumType;
import dev.codeloop.protocol.codegen.WireModel.ListRef;
import dev.codeloop.protocol.codegen.WireModel.MapRef;
import dev.codeloop.protocol.codegen.WireModel.Named;
import dev.codeloop.protocol.codegen.WireModel.Property;
import dev.codeloop.protocol.codegen.WireModel.RecordType;
import dev.codeloop.protocol.codegen.WireModel.Ref;
import dev.codeloop.protocol.codegen.WireModel.Scalar;
import dev.codeloop.protocol.codegen.WireModel.Subtype;
import dev.codeloop.protocol.codegen.WireModel.UnionType;
import dev.codeloop.protocol.codegen.WireModel.WireType;

/**
 * Emits the reading half of a codec class: {@code JsonNode} → wire value, for each type of one top-level type,
 * plus the list and map helpers its components need. Errors are {@code WireFormatException}s; each level adds its
 * property name or index to the path on the way out.
 *
 * <p>Per type {@code T} with member suffix {@code S} (see {@link WireModel.TypeName#memberSuffix()}):
 * {@code readS(JsonNode)} (null for null or absent), and for tagged union members also
 * {@code readSProperties(JsonNode)}, which reads the components of an object whose type id was already checked.
 */
final class ReaderEmitter {

    private final EmitContext context;
    private final ContainerHelpers helpers = new ContainerHelpers("read");

    ReaderEmitter(EmitContext context) {
        this.context = context;
    }

    /** The list and map helpers needed by everything emitted so far. */
    SourceWriter helpers() {
        return helpers.source();
    }

    void emit(SourceWriter out, WireType type) {
        switch (type) {
            case RecordType record -> record(out, record);
            case EnumType enumType -> enumType(out, enumType);
            case UnionType union -> union(out, union);
        }
    }

    private void record(SourceWriter out, RecordType type) {
        String javaType = type.name().canonical();
        String suffix = type.name().memberSuffix();
        out.line("/** Reads a {@code " + type.name().display() + "}; null for JSON null or an absent value. */");
        out.open("public static " + javaType + " read" + suffix + "(" + NODE + " node)");
        out.open("if (" + context.read() + ".isNull(node))").line("return null;").close();
        if (type.creator() != null) {
            // @JsonCreator(Object): databind hands the factory the value as plain Java maps, lists and scalars.
            out.line("java.lang.Object plain = " + context.read() + ".readPlain(node);");
            out.open("try").line("return " + javaType + "." + type.creator() + "(plain);");
            out.next("catch (" + context.exception() + " e)").line("throw e;");
            out.next("catch (java.lang.RuntimeException e)")
                    .line("throw " + context.read() + ".rejected(e);").close();
            out.close().line("");
            return;
        }
        if (type.tagged()) {
            out.line("java.lang.String tag = " + context.read() + ".readTag(node, " + literal(type.tagProperty())
                    + ");");
            out.open("if (!tag.equals(" + literal(type.tag()) + "))")
                    .line("throw " + context.read() + ".unknownTag(" + literal(type.tagProperty()) + ", tag, "
                            + literal(type.tag()) + ");")
                    .close();
            out.line("return read" + suffix + "Properties(node);");
            out.close().line("");
            out.line("/** Reads the components of a {@code " + type.name().display() + "} whose type id is checked. */");
            out.open("public static " + javaType + " read" + suffix + "Properties(" + NODE + " node)");
        } else {
            out.line(context.read() + ".requireObject(node);");
        }
        StringBuilder arguments = new StringBuilder();
        int index = 0;
        for (Property property : type.properties()) {
            String local = "p" + index++;
            String wire = literal(property.wireName());
            if (property.required()) {
                out.open("if (!node.has(" + wire + "))")
                        .line("throw " + context.read() + ".missing(" + wire + ");").close();
            }
            out.line(property.type().javaType() + " " + local + ";");
            out.open("try").line(local + " = " + expression(property.type(), "node.get(" + wire + ")") + ";");
            out.next("catch (" + context.exception() + " e)").line("throw e.at(" + wire + ");").close();
            arguments.append(arguments.isEmpty() ? "" : ", ").append(local);
        }
        out.line("return new " + javaType + "(" + arguments + ");");
        out.close().line("");
    }

    private void enumType(SourceWriter out, EnumType type) {
        String javaType = type.name().canonical();
        String suffix = type.name().memberSuffix();
        String expected = literal(type.wireNames());
        out.line("/** Reads a {@code " + type.name().display() + "} by its wire name; null for JSON null or absent. */");
        out.open("public static " + javaType + " read" + suffix + "(" + NODE + " node)");
        out.open("if (" + context.read() + ".isNull(node))").line("return null;").close();
        out.line("java.lang.String text = " + context.read() + ".readEnumText(node, " + expected + ");");
        out.line(javaType + " value = lookup" + suffix + "(text);");
        // Databind trims the text before looking the constant up.
        out.open("if (value == null)").line("value = lookup" + suffix + "(text.trim());").close();
        out.open("if (value == null)")
                .line("throw " + context.read() + ".unknownValue(text, " + expected + ");").close();
        out.line("return value;");
        out.close().line("");
        out.open("private static " + javaType + " lookup" + suffix + "(java.lang.String text)");
        out.open("switch (text)");
        for (Constant constant : type.constants()) {
            out.line("case " + literal(constant.wireName()) + ": return " + javaType + "." + constant.javaName() + ";");
        }
        out.line("default: return null;");
        out.close().close().line("");
    }

    private void union(SourceWriter out, UnionType type) {
        String javaType = type.name().canonical();
        String suffix = type.name().memberSuffix();
        String property = literal(type.property());
        out.line("/** Reads a {@code " + type.name().display() + "}, chosen by its {@code " + type.property()
                + "} property; null for JSON null or absent. */");
        out.open("public static " + javaType + " read" + suffix + "(" + NODE + " node)");
        out.open("if (" + context.read() + ".isNull(node))").line("return null;").close();
        out.line("java.lang.String tag = " + context.read() + ".readTag(node, " + property + ");");
        out.open("switch (tag)");
        for (Subtype subtype : type.subtypes()) {
            out.line("case " + literal(subtype.tag()) + ": return " + subtype.record().codecClass() + ".read"
                    + subtype.record().memberSuffix() + "Properties(node);");
        }
        out.line("default: throw " + context.read() + ".unknownTag(" + property + ", tag, " + literal(type.tags())
                + ");");
        out.close().close().line("");
    }

    /** A Java expression reading {@code node} (an expression, possibly null for absent) as {@code ref}. */
    String expression(Ref ref, String node) {
        return switch (ref) {
            case Scalar scalar -> context.read() + ".read" + scalar.helperSuffix() + "(" + node + ")";
            case Named named -> named.name().codecClass() + ".read" + named.name().memberSuffix() + "(" + node + ")";
            case ListRef list -> helper(list) + "(" + node + ")";
            case MapRef map -> helper(map) + "(" + node + ")";
        };
    }

    private String helper(Ref container) {
        return helpers.nameFor(container, (name, out) -> helperMethod(container, name, out));
    }

    private void helperMethod(Ref container, String name, SourceWriter out) {
        out.open("private static " + container.javaType() + " " + name + "(" + NODE + " node)");
        out.open("if (" + context.read() + ".isNull(node))").line("return null;").close();
        if (container instanceof ListRef list) {
            String element = list.element().javaType();
            out.line(context.read() + ".requireArray(node);");
            out.line("int size = node.size();");
            out.line("java.util.ArrayList<" + element + "> out = new java.util.ArrayList<>(size);");
            out.open("for (int i = 0; i < size; i++)");
            out.open("try").line("out.add(" + expression(list.element(), "node.get(i)") + ");");
            out.next("catch (" + context.exception() + " e)").line("throw e.at(i);").close();
            out.close();
        } else {
            Ref valueRef = ((MapRef) container).value();
            String value = valueRef.javaType();
            out.line(context.read() + ".requireObject(node);");
            out.line("java.util.LinkedHashMap<java.lang.String, " + value + "> out = new java.util.LinkedHashMap<>();");
            out.open("for (java.util.Map.Entry<java.lang.String, " + NODE + "> entry : node.properties())");
            out.open("try").line("out.put(entry.getKey(), " + expression(valueRef, "entry.getValue()") + ");");
            out.next("catch (" + context.exception() + " e)").line("throw e.at(entry.getKey());").close();
            out.close();
        }
        out.line("return out;");
        out.close().line("");
    }
}
