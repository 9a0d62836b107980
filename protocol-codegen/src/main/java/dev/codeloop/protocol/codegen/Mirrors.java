package dev.codeloop.protocol.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through their mirrors, by qualified name, so the processor needs neither Jackson nor the
 * project's own annotations on its class path.
 */
final class Mirrors {

    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
    static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";
    static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";
    static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
    static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

    private Mirrors() {
    }

    /** The qualified name of an annotation's type. */
    static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The annotation of that type on {@code element}, or null. */
    static AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** Whether the annotation changes how Jackson (de)serializes: Jackson's own and databind's annotations. */
    static boolean isJackson(AnnotationMirror mirror) {
        String name = name(mirror);
        return name.startsWith("com.fasterxml.jackson.annotation.")
                || name.startsWith("com.fasterxml.jackson.databind.annotation.")
                || name.startsWith("tools.jackson.databind.annotation.");
    }

    /** Jackson annotations on {@code element}. */
    static List<AnnotationMirror> jackson(Element element) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (isJackson(mirror)) {
                found.add(mirror);
            }
        }
        return found;
    }

    /** The attributes given explicitly (not defaulted), by name. */
    static Map<String, AnnotationValue> explicit(AnnotationMirror mirror) {
        Map<String, AnnotationValue> values = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
        return values;
    }

    /** An explicitly given String attribute, or {@code fallback}. */
    static String string(AnnotationMirror mirror, String attribute, String fallback) {
        AnnotationValue value = explicit(mirror).get(attribute);
        return value == null ? fallback : (String) value.getValue();
    }

    /** An explicitly given boolean attribute, or {@code fallback}. */
    static boolean bool(AnnotationMirror mirror, String attribute, boolean fallback) {
        AnnotationValue value = explicit(mirror).get(attribute);
        return value == null ? fallback : (Boolean) value.getValue();
    }

    /** The constant's name of an explicitly given enum attribute, or {@code fallback}. */
    static String enumConstant(AnnotationMirror mirror, String attribute, String fallback) {
        AnnotationValue value = explicit(mirror).get(attribute);
        return value == null ? fallback : ((VariableElement) value.getValue()).getSimpleName().toString();
    }

    /** An explicitly given Class attribute, or null. */
    static TypeMirror type(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = explicit(mirror).get(attribute);
        return value == null ? null : (TypeMirror) value.getValue();
    }

    /** An explicitly given array attribute's elements (an empty list when not given). */
    @SuppressWarnings("unchecked")
    static List<AnnotationValue> array(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = explicit(mirror).get(attribute);
        if (value == null) {
            return List.of();
        }
        Object raw = value.getValue();
        return raw instanceof List<?> list ? (List<AnnotationValue>) list : List.of(value);
    }
}
