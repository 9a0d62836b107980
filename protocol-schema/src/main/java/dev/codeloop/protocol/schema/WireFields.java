package dev.codeloop.protocol.schema;

import com.github.victools.jsonschema.generator.FieldScope;
import dev.codeloop.protocol.Experimental;
import dev.codeloop.protocol.Required;

/**
 * The one rule for required fields: a record component is <em>required</em> (always present, never null) when it
 * is a primitive or is marked {@link Required}; every other component is optional and may be null
 * ({@code ["T", "null"]}), like an {@code Option} field in Codex's schema.
 */
final class WireFields {

    private WireFields() {
    }

    static boolean required(FieldScope field) {
        if (field.getType().getErasedType().isPrimitive()) {
            return true;
        }
        return field.getAnnotationConsideringFieldAndGetter(Required.class) != null;
    }

    static boolean experimental(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(Experimental.class) != null;
    }
}
