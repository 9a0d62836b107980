package dev.codeloop.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a wire field that only clients which opted in ({@code initialize.capabilities.experimentalApi}) may
 * send or receive: the server refuses it inbound and strips it outbound for the others, and the stable schema
 * leaves it out. Experimental fields may change or go away without a protocol version bump.
 * Pair it with {@code @JsonInclude(NON_NULL)} so a stripped field is left out rather than sent as null.
 * (Whole methods are marked in {@link Methods} instead.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Experimental {

    /** How errors name the field: {@code <method>.<field>}, as in Codex ({@code thread/start.dynamicTools}). */
    String value();
}
