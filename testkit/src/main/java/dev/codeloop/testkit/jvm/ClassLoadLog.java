package dev.codeloop.testkit.jvm;

import java.util.List;

/** What a JVM started with {@code -Xlog:class+load=info:file=...} wrote: which classes it loaded. */
public final class ClassLoadLog {

    /**
     * Classes that exist only once a databind mapper, or its (de)serializer factories, is built: ~1,400 classes a
     * Codeloop process must never load (its trees are read and written without one).
     */
    public static final List<String> DATABIND_MAPPER_CLASSES = List.of(
            "tools.jackson.databind.json.JsonMapper",
            "tools.jackson.databind.ObjectMapper",
            "tools.jackson.databind.ObjectReader",
            "tools.jackson.databind.ObjectWriter",
            "tools.jackson.databind.deser.BeanDeserializerFactory",
            "tools.jackson.databind.ser.BeanSerializerFactory");

    private ClassLoadLog() {
    }

    /** Whether {@code log} records loading exactly {@code className} (a line reads {@code [...] name source: ...}). */
    public static boolean loaded(String log, String className) {
        return log.contains(" " + className + " ");
    }

    /** The databind mapper classes {@code log} records, in {@link #DATABIND_MAPPER_CLASSES} order. */
    public static List<String> databindMapperClasses(String log) {
        return DATABIND_MAPPER_CLASSES.stream().filter(name -> loaded(log, name)).toList();
    }
}
