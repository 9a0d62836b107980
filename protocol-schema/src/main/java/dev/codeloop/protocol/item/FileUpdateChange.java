package dev.codeloop.protocol.item;

/**
 * One file of a {@code fileChange} item. {@code path} is absolute; {@code diff} is the new content for an add,
 * the old content for a delete, and a unified diff for an update.
 */
public record FileUpdateChange(String path, PatchChangeKind kind, String diff) {
}
