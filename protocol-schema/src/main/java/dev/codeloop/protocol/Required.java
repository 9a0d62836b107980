package dev.codeloop.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a wire field that is always present and never null. Primitive components are required anyway; every
 * other component without this mark is optional and may be null. The generated schema lists required fields
 * under {@code required} (non-null types) and the rest as {@code ["T", "null"]}, like Codex's schema.
 *
 * <p>Purely declarative: deserialization does not enforce it (handlers report missing params themselves), so
 * unlike {@code @JsonProperty(required = true)} it does not change how Jackson reads a message. For fields shared
 * with Codex it is never stricter than Codex's schema (a conformance test checks that).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Required {
}
