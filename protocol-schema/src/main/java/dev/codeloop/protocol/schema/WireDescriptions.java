package dev.codeloop.protocol.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The wire types' javadoc, as descriptions for the schema: read from the resource the codec generator
 * ({@code dev.codeloop.protocol.codegen.WireCodecProcessor}) writes next to the codec index at compile time. A
 * type's main javadoc text describes its definition; a record's {@code @param} tags (or a component's own doc
 * comment) describe its properties.
 */
final class WireDescriptions {

    /** Where the generator writes it: the package of {@code dev.codeloop.protocol.json.WireCodecIndex}. */
    static final String RESOURCE = "dev/codeloop/protocol/json/wire-docs.properties";

    private static final Properties DOCS = load();

    private WireDescriptions() {
    }

    /** The description of {@code type}, or null when it has no javadoc. */
    static String of(Class<?> type) {
        return DOCS.getProperty(type.getName());
    }

    /** The description of {@code type}'s record component (or enum constant) {@code member}, or null. */
    static String of(Class<?> type, String member) {
        return DOCS.getProperty(type.getName() + "#" + member);
    }

    private static Properties load() {
        Properties docs = new Properties();
        try (InputStream in = WireDescriptions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the wire codec processor did not run");
            }
            docs.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return docs;
    }
}
