package dev.codeloop.protocol.codegen;

import static dev.codeloop.protocol.codegen.EmitContext.GENERATOR;
import static dev.codeloop.protocol.codegen.SourceWriter.literal;

import dev.codeloop.protocol.codegen.WireModel.Constant;
import dev.codeloop.protocol.codegen.WireModel.EnumType;
import dev.codeloop.protocol.codegen.WireModel.Inclusion;
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
 * Emits the writing half of a codec class: wire value → {@code JsonGenerator}, exactly as databind writes it:
 * components in declaration order, nulls written unless {@code @JsonInclude} says otherwise, a union member's
 * type id first, {@code @JsonValue} results written as whatever they are.
 *
 * <p>Per type with member suffix {@code S}: {@code writeS(JsonGenerator, T)} (writes {@code null} for null), and
 * for enums {@code wireNameS(T)}.
 */
final class WriterEmitter {

    private final EmitContext context;
    private final ContainerHelpers helpers = new ContainerHelpers("write");

    WriterEmitter(EmitContext context) {
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
        String suffix = type.name().memberSuffix();
        String javaType = type.name().canonical();
        if (type.tagged()) {
            // Databind writes the type id wherever the declared type is the union (or the member), and at the root;
            // not where the declared type is Object (a List<Object> element, a Map<String, Object> value).
            out.line("/** Writes a {@code " + type.name().display() + "}, type id first (null as {@code null}). */");
            out.open("public static void write" + suffix + "(" + GENERATOR + " g, " + javaType + " value)");
            out.open("if (value == null)").line("g.writeNull();").line("return;").close();
            out.line("g.writeStartObject(value);");
            out.line("g.writeName(" + literal(type.tagProperty()) + ");");
            out.line("g.writeString(" + literal(type.tag()) + ");");
            out.line("write" + suffix + "Properties(g, value);");
            out.line("g.writeEndObject();");
            out.close().line("");
            out.line("/** Writes a {@code " + type.name().display() + "} without its type id, as databind does where"
                    + " the declared type is Object. */");
            out.open("public static void write" + suffix + "Untagged(" + GENERATOR + " g, " + javaType + " value)");
            out.open("if (value == null)").line("g.writeNull();").line("return;").close();
            out.line("g.writeStartObject(value);");
            out.line("write" + suffix + "Properties(g, value);");
            out.line("g.writeEndObject();");
            out.close().line("");
            out.open("private static void write" + suffix + "Properties(" + GENERATOR + " g, " + javaType + " value)");
            properties(out, type);
            out.close().line("");
            return;
        }
        out.line("/** Writes a {@code " + type.name().display() + "} (null as {@code null}). */");
        out.open("public static void write" + suffix + "(" + GENERATOR + " g, " + javaType + " value)");
        out.open("if (value == null)").line("g.writeNull();").line("return;").close();
        if (type.valueMethod() != null) {
            out.line(context.write() + ".writeObject(g, value." + type.valueMethod() + "());");
            out.close().line("");
            return;
        }
        out.line("g.writeStartObject(value);");
        properties(out, type);
        out.line("g.writeEndObject();");
        out.close().line("");
    }

    private void properties(SourceWriter out, RecordType type) {
        int index = 0;
        for (Property property : type.properties()) {
            String local = "v" + index++;
            String access = "value." + property.javaName() + "()";
            String name = literal(property.wireName());
            if (property.inclusion() == Inclusion.ALWAYS || property.type().primitive()) {
                out.line("g.writeName(" + name + ");");
                out.line(statement(property.type(), access));
                continue;
            }
            out.line(property.type().javaType() + " " + local + " = " + access + ";");
            String condition = property.inclusion() == Inclusion.NON_NULL ? local + " != null"
                    : "!" + context.write() + ".isEmpty(" + local + ")";
            out.open("if (" + condition + ")");
            out.line("g.writeName(" + name + ");");
            out.line(statement(property.type(), local));
            out.close();
        }
    }

    private void enumType(SourceWriter out, EnumType type) {
        String suffix = type.name().memberSuffix();
        String javaType = type.name().canonical();
        StringBuilder names = new StringBuilder();
        for (Constant constant : type.constants()) {
            names.append(names.isEmpty() ? "" : ", ").append(literal(constant.wireName()));
        }
        out.line("private static final java.lang.String[] " + names(type) + " = {" + names + "};");
        out.line("");
        out.line("/** The wire name of a {@code " + type.name().display() + "} constant. */");
        out.open("public static java.lang.String wireName" + suffix + "(" + javaType + " value)");
        out.line("return " + names(type) + "[value.ordinal()];");
        out.close().line("");
        out.line("/** Writes a {@code " + type.name().display() + "} as its wire name (null as {@code null}). */");
        out.open("public static void write" + suffix + "(" + GENERATOR + " g, " + javaType + " value)");
        out.open("if (value == null)").line("g.writeNull();");
        out.next("else").line("g.writeString(" + names(type) + "[value.ordinal()]);").close();
        out.close().line("");
    }

    private static String names(EnumType type) {
        String suffix = type.name().memberSuffix();
        return suffix.isEmpty() ? "WIRE_NAMES" : "WIRE_NAMES_" + suffix;
    }

    private void union(SourceWriter out, UnionType type) {
        out.line("/** Writes a {@code " + type.name().display() + "}: its member, type id first (null as {@code null}). */");
        out.open("public static void write" + type.name().memberSuffix() + "(" + GENERATOR + " g, "
                + type.name().canonical() + " value)");
        out.open("if (value == null)").line("g.writeNull();").line("return;").close();
        for (Subtype subtype : type.subtypes()) {
            String member = subtype.record().canonical();
            out.open("if (value instanceof " + member + ")");
            out.line(subtype.record().codecClass() + ".write" + subtype.record().memberSuffix() + "(g, (" + member
                    + ") value);");
            out.line("return;");
            out.close();
        }
        out.line("throw new java.lang.IllegalArgumentException(\"not a member of " + type.name().display()
                + ": \" + value.getClass().getName());");
        out.close().line("");
    }

    /** A Java statement writing {@code value} (an expression of type {@code ref}) to {@code g}. */
    String statement(Ref ref, String value) {
        return switch (ref) {
            case Scalar scalar -> switch (scalar) {
                case BOOLEAN -> "g.writeBoolean(" + value + ");";
                case INT, LONG, DOUBLE -> "g.writeNumber(" + value + ");";
                case OBJECT -> context.write() + ".writeObject(g, " + value + ");";
                default -> context.write() + ".write" + scalar.helperSuffix() + "(g, " + value + ");";
            };
            case Named named -> named.name().codecClass() + ".write" + named.name().memberSuffix() + "(g, " + value
                    + ");";
            case ListRef list -> helper(list) + "(g, " + value + ");";
            case MapRef map -> helper(map) + "(g, " + value + ");";
        };
    }

    private String helper(Ref container) {
        return helpers.nameFor(container, (name, out) -> helperMethod(container, name, out));
    }

    private void helperMethod(Ref container, String name, SourceWriter out) {
        out.open("private static void " + name + "(" + GENERATOR + " g, " + container.javaType() + " value)");
        out.open("if (value == null)").line("g.writeNull();").line("return;").close();
        if (container instanceof ListRef list) {
            out.line("g.writeStartArray(value, value.size());");
            out.open("for (" + list.element().javaType() + " item : value)");
            out.line(statement(list.element(), "item"));
            out.close();
            out.line("g.writeEndArray();");
        } else {
            Ref valueRef = ((MapRef) container).value();
            out.line("g.writeStartObject(value);");
            out.open("for (java.util.Map.Entry<java.lang.String, " + valueRef.javaType() + "> entry : value.entrySet())");
            out.line("g.writeName(" + context.write() + ".key(entry.getKey()));");
            out.line(statement(valueRef, "entry.getValue()"));
            out.close();
            out.line("g.writeEndObject();");
        }
        out.close().line("");
    }
}
