package dev.codeloop.core.thread.store;

/**
 * A well-formed line naming a record kind, item type or enum value this version does not know, most likely
 * written by a newer version. Readers skip such records instead of failing.
 */
final class UnknownKindException extends RuntimeException {

    UnknownKindException(String what, String value) {
        super("unknown " + what + " '" + value + "'");
    }
}
