package dev.codeloop.core.id;

/** Source of new ids; injected so tests can make them deterministic. */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    /** Time-ordered UUIDv7 strings, as Codex uses for threads, turns and user messages. */
    static IdGenerator uuidV7() {
        return UuidV7::next;
    }
}
