package dev.codeloop.protocol.codegen;

import java.util.List;

/**
 * What the generator knows about the wire types: a description built from the source elements
 * ({@link ModelBuilder}) and read by the emitters, independent of {@code javax.lang.model}.
 */
final class WireModel {

    private WireModel() {
    }

    /**
     * A type's name. {@code simpleNames} runs from the top-level type to the type itself ({@code [ThreadStatus,
     * Active]}); the codec of every type lives in its top-level type's package, in one class per top-level type.
     */
    record TypeName(String packageName, List<String> simpleNames) {

        /** As written in Java source: {@code dev.codeloop.protocol.thread.ThreadStatus.Active}. */
        String canonical() {
            return prefix() + String.join(".", simpleNames);
        }

        /** As {@link Class#getName()} reports it: {@code dev.codeloop.protocol.thread.ThreadStatus$Active}. */
        String binary() {
            return prefix() + String.join("$", simpleNames);
        }

        /** For messages: {@code ThreadStatus.Active}. */
        String display() {
            return String.join(".", simpleNames);
        }

        /** The simple name of the generated codec class: {@code ThreadStatusWireCodec}. */
        String codecSimpleName() {
            return simpleNames.get(0) + "WireCodec";
        }

        /** The qualified name of the generated codec class. */
        String codecClass() {
            return prefix() + codecSimpleName();
        }

        /**
         * What the codec's methods for this type are called after {@code read}/{@code write}: empty for the
         * top-level type, the nested names joined otherwise ({@code readActive} for {@code ThreadStatus.Active}).
         */
        String memberSuffix() {
            return String.join("", simpleNames.subList(1, simpleNames.size()));
        }

        String topLevelCanonical() {
            return prefix() + simpleNames.get(0);
        }

        private String prefix() {
            return packageName.isEmpty() ? "" : packageName + ".";
        }
    }

    /** When a property is left out of the written object ({@code @JsonInclude}). */
    enum Inclusion {
        ALWAYS, NON_NULL, NON_EMPTY
    }

    /** The type of a record component, as the codec sees it. */
    sealed interface Ref permits Scalar, ListRef, MapRef, Named {
        /** The Java type as written in generated source. */
        String javaType();

        /** Whether the Java type is primitive (never null): only some {@link Scalar}s are. */
        default boolean primitive() {
            return false;
        }
    }

    /** Types read and written by the runtime helpers directly. */
    enum Scalar implements Ref {
        STRING("java.lang.String", "String"),
        BOOLEAN("boolean", "Boolean"),
        BOOLEAN_BOX("java.lang.Boolean", "BooleanBox"),
        INT("int", "Int"),
        INT_BOX("java.lang.Integer", "IntBox"),
        LONG("long", "Long"),
        LONG_BOX("java.lang.Long", "LongBox"),
        DOUBLE("double", "Double"),
        DOUBLE_BOX("java.lang.Double", "DoubleBox"),
        /** {@code Object}: anything JSON, as plain Java maps, lists, strings, numbers and booleans. */
        OBJECT("java.lang.Object", "Plain"),
        /** {@code tools.jackson.databind.JsonNode}: kept as a tree. */
        JSON_NODE("tools.jackson.databind.JsonNode", "Tree");

        private final String javaType;
        private final String helperSuffix;

        Scalar(String javaType, String helperSuffix) {
            this.javaType = javaType;
            this.helperSuffix = helperSuffix;
        }

        @Override
        public String javaType() {
            return javaType;
        }

        @Override
        public boolean primitive() {
            return !javaType.contains(".");
        }

        /** The name part of the runtime helper methods for this type ({@code WireRead.readIntBox}). */
        String helperSuffix() {
            return helperSuffix;
        }

        /** The scalar whose Java type is {@code javaType} ({@code int}, {@code java.lang.String}, …), or null. */
        static Scalar of(String javaType) {
            for (Scalar scalar : values()) {
                if (scalar.javaType.equals(javaType)) {
                    return scalar;
                }
            }
            return null;
        }
    }

    /** {@code java.util.List<E>}. */
    record ListRef(Ref element) implements Ref {
        @Override
        public String javaType() {
            return "java.util.List<" + element.javaType() + ">";
        }
    }

    /** {@code java.util.Map<String, V>}. */
    record MapRef(Ref value) implements Ref {
        @Override
        public String javaType() {
            return "java.util.Map<java.lang.String, " + value.javaType() + ">";
        }
    }

    /** Another wire type (record, enum or tagged union). */
    record Named(TypeName name) implements Ref {
        @Override
        public String javaType() {
            return name.canonical();
        }
    }

    /** A generated type. */
    sealed interface WireType permits RecordType, EnumType, UnionType {
        TypeName name();
    }

    /**
     * One record component on the wire.
     *
     * @param javaName  the component's name (its accessor)
     * @param wireName  the JSON property name ({@code @JsonProperty} or the component's name)
     * @param type      its type
     * @param inclusion when it is left out of written objects
     * @param required  {@code @JsonProperty(required = true)}: reading fails when it is absent
     */
    record Property(String javaName, String wireName, Ref type, Inclusion inclusion, boolean required) {
    }

    /**
     * A record.
     *
     * @param properties  its components, in declaration order
     * @param valueMethod the {@code @JsonValue} method written instead of the components, or null
     * @param creator     the {@code @JsonCreator} static factory taking the plain Java form, or null
     * @param union       the tagged union it belongs to, or null
     * @param tag         its type id within {@code union}, or null
     * @param tagProperty the property carrying {@code tag}, or null
     */
    record RecordType(TypeName name, List<Property> properties, String valueMethod, String creator,
                      TypeName union, String tag, String tagProperty) implements WireType {
        boolean tagged() {
            return union != null;
        }
    }

    /** An enum constant and its wire spelling. */
    record Constant(String javaName, String wireName) {
    }

    record EnumType(TypeName name, List<Constant> constants) implements WireType {
        String wireNames() {
            return String.join(", ", constants.stream().map(Constant::wireName).toList());
        }
    }

    /** One member of a tagged union. */
    record Subtype(String tag, TypeName record) {
    }

    /** An interface with {@code @JsonTypeInfo(use = NAME)}: its members, told apart by {@code property}. */
    record UnionType(TypeName name, String property, List<Subtype> subtypes) implements WireType {
        String tags() {
            return String.join(", ", subtypes.stream().map(Subtype::tag).toList());
        }
    }
}
