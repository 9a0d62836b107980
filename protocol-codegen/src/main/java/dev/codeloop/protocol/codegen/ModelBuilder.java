package dev.codeloop.protocol.codegen;

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
import dev.codeloop.protocol.codegen.WireModel.TypeName;
import dev.codeloop.protocol.codegen.WireModel.UnionType;
import dev.codeloop.protocol.codegen.WireModel.WireType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Builds the {@link WireModel} from the source elements, and refuses (as compile errors) whatever the generated
 * codecs would not handle exactly as databind does: Jackson annotations or attributes it does not know, component
 * types it cannot read, union members without a type id. Failing the build is the point: a wire type the codecs
 * silently got wrong would only show up on the wire.
 *
 * <p>Wire types are the records, enums and {@code @JsonTypeInfo} interfaces among the given top-level types, and
 * those nested in them.
 */
final class ModelBuilder {

    private final Elements elements;
    private final Types types;
    private final Messager messager;
    private boolean failed;

    /** Every wire type's element, by canonical name, in the order found. */
    private final Map<String, TypeElement> found = new LinkedHashMap<>();
    /** Union membership of records: record canonical name → [union, tag]. */
    private final Map<String, Subtype> memberOf = new LinkedHashMap<>();
    private final Map<String, UnionType> unionOf = new LinkedHashMap<>();

    ModelBuilder(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
    }

    /** Whether an error was reported; the model must not be used then. */
    boolean failed() {
        return failed;
    }

    /** The wire types among {@code topLevel} (and nested in them), ready for the emitters, in a stable order. */
    List<WireType> build(List<TypeElement> topLevel) {
        List<TypeElement> sorted = new ArrayList<>(topLevel);
        sorted.sort((a, b) -> a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()));
        for (TypeElement type : sorted) {
            collect(type);
        }
        List<UnionType> unions = new ArrayList<>();
        for (TypeElement type : found.values()) {
            if (type.getKind() == ElementKind.INTERFACE) {
                UnionType union = union(type);
                if (union != null) {
                    unions.add(union);
                }
            }
        }
        List<WireType> model = new ArrayList<>();
        for (TypeElement type : found.values()) {
            switch (type.getKind()) {
                case RECORD -> model.add(record(type));
                case ENUM -> model.add(enumType(type));
                case INTERFACE -> model.add(unionOf.get(type.getQualifiedName().toString()));
                default -> throw new IllegalStateException(type.toString());
            }
        }
        model.removeIf(java.util.Objects::isNull);
        return model;
    }

    private void collect(TypeElement type) {
        boolean wire = switch (type.getKind()) {
            case RECORD, ENUM -> true;
            case INTERFACE -> Mirrors.find(type, Mirrors.JSON_TYPE_INFO) != null;
            default -> false;
        };
        if (!wire) {
            return;
        }
        found.put(type.getQualifiedName().toString(), type);
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            collect(nested);
        }
    }

    TypeName nameOf(TypeElement type) {
        List<String> simple = new ArrayList<>();
        Element current = type;
        while (current instanceof TypeElement t) {
            simple.add(0, t.getSimpleName().toString());
            current = t.getEnclosingElement();
        }
        return new TypeName(elements.getPackageOf(type).getQualifiedName().toString(), List.copyOf(simple));
    }

    // ---------------------------------------------------------------------------------------------------- unions

    private UnionType union(TypeElement type) {
        AnnotationMirror info = Mirrors.find(type, Mirrors.JSON_TYPE_INFO);
        for (AnnotationMirror mirror : Mirrors.jackson(type)) {
            String name = Mirrors.name(mirror);
            if (!name.equals(Mirrors.JSON_TYPE_INFO) && !name.equals(Mirrors.JSON_SUB_TYPES)) {
                unsupported(type, mirror, "on a tagged union");
            }
        }
        checkNoJacksonMembers(type);
        for (String attribute : Mirrors.explicit(info).keySet()) {
            if (!Set.of("use", "include", "property").contains(attribute)) {
                error(type, "@JsonTypeInfo(" + attribute + " = ...) is not supported by the wire codec generator");
            }
        }
        if (!Mirrors.enumConstant(info, "use", "").equals("NAME")) {
            error(type, "@JsonTypeInfo: only use = JsonTypeInfo.Id.NAME is supported by the wire codec generator");
        }
        if (!Mirrors.enumConstant(info, "include", "PROPERTY").equals("PROPERTY")) {
            error(type, "@JsonTypeInfo: only include = PROPERTY is supported by the wire codec generator");
        }
        String property = Mirrors.string(info, "property", "");
        if (property.isEmpty()) {
            property = "@type"; // Jackson's default for Id.NAME
        }
        AnnotationMirror subTypes = Mirrors.find(type, Mirrors.JSON_SUB_TYPES);
        if (subTypes == null) {
            error(type, "a @JsonTypeInfo interface needs @JsonSubTypes naming every member");
            return null;
        }
        for (String attribute : Mirrors.explicit(subTypes).keySet()) {
            if (!attribute.equals("value")) {
                error(type, "@JsonSubTypes(" + attribute + " = ...) is not supported by the wire codec generator");
            }
        }
        TypeName unionName = nameOf(type);
        List<Subtype> subtypes = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (AnnotationValue value : Mirrors.array(subTypes, "value")) {
            AnnotationMirror entry = (AnnotationMirror) value.getValue();
            if (!Mirrors.array(entry, "names").isEmpty()) {
                error(type, "@JsonSubTypes.Type(names = ...) is not supported by the wire codec generator");
            }
            TypeMirror member = Mirrors.type(entry, "value");
            String tag = Mirrors.string(entry, "name", "");
            TypeElement memberType = member == null ? null : (TypeElement) types.asElement(member);
            if (memberType == null || tag.isEmpty()) {
                error(type, "every @JsonSubTypes.Type needs a class and a name");
                continue;
            }
            String memberName = memberType.getQualifiedName().toString();
            if (memberType.getKind() != ElementKind.RECORD || !found.containsKey(memberName)) {
                error(type, "union member " + memberName + " must be a record among the wire types");
                continue;
            }
            if (!types.isAssignable(memberType.asType(), types.erasure(type.asType()))) {
                error(type, "union member " + memberName + " does not implement " + type.getQualifiedName());
                continue;
            }
            if (!tags.add(tag)) {
                error(type, "type id `" + tag + "` is used twice");
            }
            listed.add(memberName);
            Subtype subtype = new Subtype(tag, nameOf(memberType));
            subtypes.add(subtype);
            if (memberOf.put(memberName, new Subtype(tag, unionName)) != null) {
                error(memberType, "a record may belong to one tagged union only");
            }
        }
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            String name = ((TypeElement) types.asElement(permitted)).getQualifiedName().toString();
            if (!listed.contains(name)) {
                error(type, "permitted subclass " + name + " has no @JsonSubTypes entry (databind would invent its"
                        + " type id)");
            }
        }
        UnionType union = new UnionType(unionName, property, List.copyOf(subtypes));
        unionOf.put(type.getQualifiedName().toString(), union);
        return union;
    }

    // --------------------------------------------------------------------------------------------------- records

    private RecordType record(TypeElement type) {
        Inclusion defaultInclusion = Inclusion.ALWAYS;
        for (AnnotationMirror mirror : Mirrors.jackson(type)) {
            if (Mirrors.name(mirror).equals(Mirrors.JSON_INCLUDE)) {
                defaultInclusion = inclusion(type, mirror, Inclusion.ALWAYS, false);
            } else {
                unsupported(type, mirror, "on a record");
            }
        }
        String valueMethod = null;
        String creator = null;
        List<? extends RecordComponentElement> components = type.getRecordComponents();
        Set<String> accessors = new HashSet<>();
        for (RecordComponentElement component : components) {
            accessors.add(component.getSimpleName().toString());
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
            for (AnnotationMirror mirror : Mirrors.jackson(method)) {
                String annotation = Mirrors.name(mirror);
                if (annotation.equals(Mirrors.JSON_VALUE) && !isStatic && method.getParameters().isEmpty()
                        && method.getReturnType().getKind() != TypeKind.VOID
                        && Mirrors.explicit(mirror).isEmpty() && valueMethod == null) {
                    valueMethod = name;
                } else if (annotation.equals(Mirrors.JSON_CREATOR) && isStatic && creator == null
                        && method.getParameters().size() == 1
                        && isType(method.getParameters().get(0).asType(), "java.lang.Object")
                        && types.isSameType(method.getReturnType(), type.asType())
                        && Set.of("DEFAULT", "DELEGATING").contains(Mirrors.enumConstant(mirror, "mode", "DEFAULT"))) {
                    creator = name;
                } else if (accessors.contains(name) && method.getParameters().isEmpty()) {
                    continue; // an explicit accessor: its annotations belong to the component, checked below
                } else {
                    unsupported(method, mirror, "here (supported: @JsonValue on one no-argument method,"
                            + " @JsonCreator on one static factory taking Object)");
                }
            }
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (AnnotationMirror mirror : Mirrors.jackson(constructor)) {
                unsupported(constructor, mirror, "on a constructor");
            }
        }
        if (valueMethod == null) {
            checkNoGetters(type, accessors);
        }
        Subtype membership = memberOf.get(type.getQualifiedName().toString());
        String tagProperty = membership == null ? null
                : unionOf.get(membership.record().canonical()).property();
        if (membership != null && (valueMethod != null || creator != null)) {
            error(type, "a tagged union member cannot have @JsonValue or @JsonCreator");
        }
        List<Property> properties = new ArrayList<>();
        Set<String> wireNames = new HashSet<>();
        if (tagProperty != null) {
            wireNames.add(tagProperty);
        }
        for (RecordComponentElement component : components) {
            Property property = property(type, component, defaultInclusion);
            if (property == null) {
                continue;
            }
            if (!wireNames.add(property.wireName())) {
                error(component, "property `" + property.wireName() + "` appears twice on the wire"
                        + (property.wireName().equals(tagProperty) ? " (it is the union's type property)" : ""));
            }
            properties.add(property);
        }
        return new RecordType(nameOf(type), List.copyOf(properties), valueMethod, creator,
                membership == null ? null : membership.record(), membership == null ? null : membership.tag(),
                tagProperty);
    }

    private Property property(TypeElement record, RecordComponentElement component, Inclusion defaultInclusion) {
        String javaName = component.getSimpleName().toString();
        String wireName = javaName;
        boolean required = false;
        Inclusion inclusion = defaultInclusion;
        Set<String> seen = new HashSet<>();
        for (Element place : placesOf(record, component)) {
            for (AnnotationMirror mirror : Mirrors.jackson(place)) {
                String annotation = Mirrors.name(mirror);
                if (!seen.add(annotation)) {
                    continue; // the same annotation, propagated from the component to its field, accessor, parameter
                }
                if (annotation.equals(Mirrors.JSON_PROPERTY)) {
                    for (String attribute : Mirrors.explicit(mirror).keySet()) {
                        if (!attribute.equals("value") && !attribute.equals("required")) {
                            error(component, "@JsonProperty(" + attribute + " = ...) is not supported by the wire"
                                    + " codec generator");
                        }
                    }
                    String value = Mirrors.string(mirror, "value", "");
                    if (!value.isEmpty()) {
                        wireName = value;
                    }
                    required = Mirrors.bool(mirror, "required", false);
                } else if (annotation.equals(Mirrors.JSON_INCLUDE)) {
                    inclusion = inclusion(component, mirror, defaultInclusion, true);
                } else {
                    unsupported(component, mirror, "on a record component");
                }
            }
        }
        Ref ref = ref(component, component.asType());
        if (ref == null) {
            return null;
        }
        if (inclusion == Inclusion.NON_EMPTY && ref == Scalar.JSON_NODE) {
            error(component, "@JsonInclude(NON_EMPTY) on a JsonNode is not supported by the wire codec generator");
        }
        return new Property(javaName, wireName, ref, inclusion, required);
    }

    /** Where a component's annotations end up: the component, its field, its accessor, the canonical parameter. */
    private List<Element> placesOf(TypeElement record, RecordComponentElement component) {
        String name = component.getSimpleName().toString();
        List<Element> places = new ArrayList<>();
        places.add(component);
        for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name) && !field.getModifiers().contains(Modifier.STATIC)) {
                places.add(field);
            }
        }
        if (component.getAccessor() != null) {
            places.add(component.getAccessor());
        }
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
            List<? extends VariableElement> parameters = constructor.getParameters();
            if (parameters.size() != components.size()) {
                continue;
            }
            boolean canonical = true;
            for (int i = 0; i < parameters.size(); i++) {
                canonical &= types.isSameType(types.erasure(parameters.get(i).asType()),
                        types.erasure(components.get(i).asType()));
            }
            if (canonical) {
                places.add(parameters.get(components.indexOf(component)));
            }
        }
        return places;
    }

    private Inclusion inclusion(Element element, AnnotationMirror mirror, Inclusion inherited, boolean property) {
        for (String attribute : Mirrors.explicit(mirror).keySet()) {
            if (!attribute.equals("value")) {
                error(element, "@JsonInclude(" + attribute + " = ...) is not supported by the wire codec generator");
            }
        }
        return switch (Mirrors.enumConstant(mirror, "value", "ALWAYS")) {
            case "ALWAYS" -> Inclusion.ALWAYS;
            case "USE_DEFAULTS" -> property ? inherited : Inclusion.ALWAYS;
            case "NON_NULL", "NON_ABSENT" -> Inclusion.NON_NULL;
            case "NON_EMPTY" -> Inclusion.NON_EMPTY;
            default -> {
                error(element, "@JsonInclude(" + Mirrors.enumConstant(mirror, "value", "") + ") is not supported by"
                        + " the wire codec generator (use NON_NULL or NON_EMPTY)");
                yield Inclusion.ALWAYS;
            }
        };
    }

    /**
     * Databind writes a record's other getters ({@code getX()}, {@code isX()}) as properties too; the generated
     * writer only writes components, so such methods are refused rather than silently dropped.
     */
    private void checkNoGetters(TypeElement type, Set<String> accessors) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (method.getModifiers().contains(Modifier.STATIC) || !method.getModifiers().contains(Modifier.PUBLIC)
                    || !method.getParameters().isEmpty() || accessors.contains(name)
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                continue;
            }
            boolean getter = name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3));
            boolean isser = name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
                    && (method.getReturnType().getKind() == TypeKind.BOOLEAN
                    || isType(method.getReturnType(), "java.lang.Boolean"));
            if (getter || isser) {
                error(method, "databind would write " + name + "() as a property, which the generated codec does"
                        + " not; rename it or make it a record component");
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------- enums

    private EnumType enumType(TypeElement type) {
        for (AnnotationMirror mirror : Mirrors.jackson(type)) {
            unsupported(type, mirror, "on an enum");
        }
        checkNoJacksonMembers(type);
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals("toString") && method.getParameters().isEmpty()) {
                error(method, "Jackson 3 writes and reads enums by toString(); an enum overriding it is not supported"
                        + " by the wire codec generator (use @JsonProperty on the constants)");
            }
        }
        List<Constant> constants = new ArrayList<>();
        Set<String> wireNames = new HashSet<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String javaName = member.getSimpleName().toString();
            String wireName = javaName;
            for (AnnotationMirror mirror : Mirrors.jackson(member)) {
                if (Mirrors.name(mirror).equals(Mirrors.JSON_PROPERTY)
                        && Set.of("value").containsAll(Mirrors.explicit(mirror).keySet())) {
                    String value = Mirrors.string(mirror, "value", "");
                    if (!value.isEmpty()) {
                        wireName = value;
                    }
                } else {
                    unsupported(member, mirror, "on an enum constant (only @JsonProperty(\"name\"))");
                }
            }
            if (!wireNames.add(wireName)) {
                error(member, "wire name `" + wireName + "` is used twice");
            }
            constants.add(new Constant(javaName, wireName));
        }
        return new EnumType(nameOf(type), List.copyOf(constants));
    }

    // ----------------------------------------------------------------------------------------------------- types

    /** The codec's view of a component type, or null (reported) when unsupported. */
    private Ref ref(Element where, TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            // A primitive kind's name is its Java keyword (BOOLEAN -> boolean), as Scalar spells it.
            Scalar scalar = Scalar.of(type.getKind().name().toLowerCase(Locale.ROOT));
            return scalar != null ? scalar : unsupportedType(where, type);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return unsupportedType(where, type);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        Scalar scalar = Scalar.of(name);
        if (scalar != null) {
            return scalar;
        }
        switch (name) {
            case "java.util.List": {
                if (arguments.size() != 1) {
                    return unsupportedType(where, type);
                }
                Ref element0 = ref(where, arguments.get(0));
                return element0 == null ? null : new ListRef(element0);
            }
            case "java.util.Map": {
                if (arguments.size() != 2 || !isType(arguments.get(0), "java.lang.String")) {
                    return unsupportedType(where, type);
                }
                Ref value = ref(where, arguments.get(1));
                return value == null ? null : new MapRef(value);
            }
            default:
                break;
        }
        if (!arguments.isEmpty() || !found.containsKey(name)) {
            return unsupportedType(where, type);
        }
        return new Named(nameOf(element));
    }

    private Ref unsupportedType(Element where, TypeMirror type) {
        error(where, "type " + type + " is not supported by the wire codec generator (supported: String, boolean,"
                + " int, long, double and their boxes, Object, JsonNode, List<T>, Map<String, T>, and the wire types"
                + " themselves)");
        return null;
    }

    private boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    // ---------------------------------------------------------------------------------------------------- errors

    private void checkNoJacksonMembers(TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD
                    || member.getKind() == ElementKind.CONSTRUCTOR) {
                for (AnnotationMirror mirror : Mirrors.jackson(member)) {
                    unsupported(member, mirror, "here");
                }
            }
        }
    }

    private void unsupported(Element element, AnnotationMirror mirror, String where) {
        error(element, "@" + ((TypeElement) mirror.getAnnotationType().asElement()).getSimpleName()
                + " is not supported " + where + " by the wire codec generator; the generated codecs would not"
                + " match databind");
    }

    private void error(Element element, String message) {
        failed = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
