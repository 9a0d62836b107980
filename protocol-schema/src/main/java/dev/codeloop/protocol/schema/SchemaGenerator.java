package dev.codeloop.protocol.schema;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import dev.codeloop.protocol.MethodDescriptor;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the protocol's JSON Schema (draft-07) from the wire records and the method table, laid out like
 * Codex's {@code generate-json-schema} output: {@code ClientRequest.json}, {@code ClientNotification.json},
 * {@code ServerRequest.json}, {@code ServerNotification.json} (a {@code oneOf} with one branch per method),
 * {@code RequestId.json}, one file per params/result type, one bundle holding every definition
 * ({@value #BUNDLE_FILE}), and the method table as data ({@value #METHODS_FILE}). Each file carries the
 * definitions it references. The output is canonical ({@link CanonicalJson}), so it can be checked in and
 * compared byte for byte.
 */
public final class SchemaGenerator {

    public static final String BUNDLE_FILE = "codeloop_app_server_protocol.schemas.json";
    /** The method table as data (name, direction, params, result, since): what the unions cannot say. */
    public static final String METHODS_FILE = "methods.json";
    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    static final String DEFINITIONS = "definitions";
    static final String REF_PREFIX = "#/definitions/";
    static final String REQUEST_ID = "RequestId";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaGenerator() {
    }

    /** The schema files of {@code surface}, rendered canonically. */
    public static GeneratedFiles generate(ProtocolSurface surface) {
        SortedMap<String, String> files = new TreeMap<>();
        documents(surface).forEach((name, document) -> files.put(name, CanonicalJson.write(document)));
        return new GeneratedFiles(".json", files);
    }

    /** The schema documents of {@code surface} by file name. */
    public static SortedMap<String, ObjectNode> documents(ProtocolSurface surface) {
        Set<Class<?>> payloads = payloadTypes(surface);
        ObjectNode definitions = typeDefinitions(surface, payloads);
        definitions.set(REQUEST_ID, WireShapes.requestId());
        Map<String, ObjectNode> unions = MethodUnions.build(surface);

        SortedMap<String, ObjectNode> documents = new TreeMap<>();
        unions.forEach((name, union) -> documents.put(name + ".json", document(name, union, definitions)));
        documents.put(REQUEST_ID + ".json", document(REQUEST_ID, (ObjectNode) definitions.get(REQUEST_ID),
                definitions));
        for (Class<?> payload : payloads) {
            String name = DefinitionNames.of(payload);
            documents.put(name + ".json", document(name, (ObjectNode) definitions.get(name), definitions));
        }
        ObjectNode all = definitions.deepCopy();
        unions.forEach(all::set);
        ObjectNode bundle = JSON.objectNode();
        bundle.put("$schema", DRAFT_07);
        bundle.put("title", "CodeloopAppServerProtocol");
        bundle.put("type", "object");
        bundle.set(DEFINITIONS, all);
        documents.put(BUNDLE_FILE, bundle);
        documents.put(METHODS_FILE, methodTable(surface));
        return documents;
    }

    private static ObjectNode methodTable(ProtocolSurface surface) {
        ObjectNode table = JSON.objectNode();
        table.put("description", "Every method of the protocol: who sends it, its params and result definitions "
                + "(in " + BUNDLE_FILE + "), and the protocol version that introduced it.");
        var methods = table.putArray("methods");
        for (MethodDescriptor<?, ?> method : surface.methods()) {
            ObjectNode row = methods.addObject();
            row.put("direction", MethodUnions.unionOf(method.direction()));
            row.put("experimental", method.experimental());
            row.put("method", method.name());
            row.put("params", method.paramsType() == Void.class ? null : DefinitionNames.of(method.paramsType()));
            row.put("result", method.resultType() == Void.class ? null : DefinitionNames.of(method.resultType()));
            row.put("since", method.since());
        }
        return table;
    }

    /** Params and result records of the surface's methods, in table order. */
    static Set<Class<?>> payloadTypes(ProtocolSurface surface) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (MethodDescriptor<?, ?> method : surface.methods()) {
            if (method.paramsType() != Void.class) {
                types.add(method.paramsType());
            }
            if (method.resultType() != Void.class) {
                types.add(method.resultType());
            }
        }
        return types;
    }

    private static ObjectNode typeDefinitions(ProtocolSurface surface, Set<Class<?>> payloads) {
        SchemaBuilder builder = new com.github.victools.jsonschema.generator.SchemaGenerator(config(surface))
                .buildMultipleSchemaDefinitions();
        for (Class<?> payload : payloads) {
            builder.createSchemaReference(payload);
        }
        ObjectNode definitions = NullableRefs.inline(builder.collectDefinitions(DEFINITIONS));
        for (var entry : definitions.properties()) {
            ObjectNode definition = (ObjectNode) entry.getValue();
            if (definition.path("type").asString("").equals("object") && !definition.has("title")) {
                definition.put("title", entry.getKey());
            }
        }
        return definitions;
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config(ProtocolSurface surface) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(JacksonOption.SKIP_SUBTYPE_LOOKUP,
                        JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forFields()
                .withRequiredCheck(WireFields::required)
                .withNullableCheck(field -> !WireFields.required(field))
                .withIgnoreCheck(field -> !surface.includesExperimental() && WireFields.experimental(field))
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null
                        : WireDescriptions.of(field.getDeclaringType().getErasedType(), field.getName()))
                .withCustomDefinitionProvider((field, context) -> WireShapes.isRequestId(
                        field.getDeclaringType().getErasedType(), field.getName())
                        ? new com.github.victools.jsonschema.generator.CustomPropertyDefinition(
                                JSON.objectNode().put("$ref", REF_PREFIX + REQUEST_ID))
                        : null);
        config.forTypesInGeneral()
                .withDescriptionResolver(scope -> WireDescriptions.of(scope.getType().getErasedType()))
                .withCustomDefinitionProvider(new WireTypeDefinitions())
                .withDefinitionNamingStrategy(new SchemaDefinitionNamingStrategy() {
                    @Override
                    public String getDefinitionNameForKey(
                            com.github.victools.jsonschema.generator.impl.DefinitionKey key,
                            com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
                        return DefinitionNames.of(key.getType().getErasedType());
                    }
                });
        return config.build();
    }

    /** A standalone document: {@code root} titled {@code title}, with the definitions it reaches. */
    private static ObjectNode document(String title, ObjectNode root, ObjectNode definitions) {
        ObjectNode document = root.deepCopy();
        document.put("$schema", DRAFT_07);
        if (!document.has("title")) {
            document.put("title", title);
        }
        Set<String> reached = new java.util.TreeSet<>();
        collectRefs(root, definitions, reached);
        reached.remove(title);
        if (!reached.isEmpty()) {
            ObjectNode own = document.putObject(DEFINITIONS);
            for (String name : reached) {
                own.set(name, definitions.get(name).deepCopy());
            }
        }
        return document;
    }

    /** Names of every definition {@code node} references, directly or through other definitions. */
    static void collectRefs(JsonNode node, ObjectNode definitions, Set<String> reached) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.stringValue().startsWith(REF_PREFIX)) {
                String name = ref.stringValue().substring(REF_PREFIX.length());
                if (reached.add(name)) {
                    JsonNode target = definitions.get(name);
                    if (target == null) {
                        throw new IllegalStateException("dangling $ref " + ref.stringValue());
                    }
                    collectRefs(target, definitions, reached);
                }
            }
            for (var property : node.properties()) {
                collectRefs(property.getValue(), definitions, reached);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectRefs(element, definitions, reached);
            }
        }
    }
}
