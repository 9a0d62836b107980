package dev.codeloop.protocol.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions victools cannot derive by itself, in Codex's style:
 * <ul>
 *   <li>enums: {@code {"enum": [wire values], "type": "string"}} from their {@code @JsonProperty} names;
 *   <li>tagged unions (sealed interfaces with {@code @JsonTypeInfo(property = "type")}): a {@code oneOf} of
 *       the variants, inlined, each with its {@code type} tag as a one-value enum and required;
 *   <li>types with custom Jackson code ({@link WireShapes});
 *   <li>{@code Object}: any JSON value.
 * </ul>
 * Named types always become a definition (never inlined), so a type's schema does not depend on how often it
 * is used, which keeps the compatibility check stable.
 */
final class WireTypeDefinitions implements CustomDefinitionProviderV2 {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        if (raw == Object.class) {
            return new CustomDefinition(JSON.objectNode(), CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.NO);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return new CustomDefinition(mapDefinition(type, context), CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.NO);
        }
        Optional<ObjectNode> shape = WireShapes.of(raw);
        if (shape.isPresent()) {
            return named(raw, shape.get());
        }
        if (raw.isEnum()) {
            return named(raw, enumDefinition(raw));
        }
        JsonTypeInfo typeInfo = raw.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = raw.getAnnotation(JsonSubTypes.class);
        if (raw.isInterface() && typeInfo != null && subTypes != null) {
            return named(raw, taggedUnion(raw, typeInfo.property(), subTypes, context));
        }
        return null;
    }

    /** A JSON object with string keys: {@code additionalProperties} holds the value schema (any value for Object). */
    private static ObjectNode mapDefinition(ResolvedType type, SchemaGenerationContext context) {
        ObjectNode definition = JSON.objectNode();
        List<ResolvedType> parameters = type.typeParametersFor(Map.class);
        ResolvedType value = parameters == null || parameters.size() < 2 ? null : parameters.get(1);
        if (value != null && value.getErasedType() != Object.class) {
            definition.set("additionalProperties", context.createDefinitionReference(value));
        }
        definition.put("type", "object");
        return definition;
    }

    /** A definition of its own, described by {@code type}'s javadoc unless it says otherwise. */
    private static CustomDefinition named(Class<?> type, ObjectNode definition) {
        String description = WireDescriptions.of(type);
        if (description != null && !definition.has("description")) {
            definition.put("description", description);
        }
        return new CustomDefinition(definition, CustomDefinition.DefinitionType.ALWAYS_REF,
                CustomDefinition.AttributeInclusion.NO);
    }

    private static ObjectNode enumDefinition(Class<?> type) {
        ArrayNode values = JSON.arrayNode();
        for (Object constant : type.getEnumConstants()) {
            values.add(wireName((Enum<?>) constant));
        }
        ObjectNode definition = JSON.objectNode();
        definition.set("enum", values);
        definition.put("type", "string");
        return definition;
    }

    private static String wireName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode taggedUnion(Class<?> union, String tagProperty, JsonSubTypes subTypes,
                                   SchemaGenerationContext context) {
        ArrayNode variants = JSON.arrayNode();
        for (JsonSubTypes.Type subType : subTypes.value()) {
            ResolvedType variantType = context.getTypeContext().resolve(subType.value());
            ObjectNode variant = context.createStandardDefinition(variantType, this);
            String title = DefinitionNames.variant(subType.value(), union);
            ObjectNode tag = JSON.objectNode();
            tag.set("enum", JSON.arrayNode().add(subType.name()));
            tag.put("title", title + "Type");
            tag.put("type", "string");
            ObjectNode properties = variant.has("properties") ? (ObjectNode) variant.get("properties")
                    : variant.putObject("properties");
            properties.set(tagProperty, tag);
            ArrayNode required = variant.has("required") ? (ArrayNode) variant.get("required")
                    : variant.putArray("required");
            required.add(tagProperty);
            variant.put("title", title);
            variant.put("type", "object");
            variants.add(variant);
        }
        ObjectNode definition = JSON.objectNode();
        definition.set("oneOf", variants);
        return definition;
    }
}
