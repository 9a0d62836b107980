package dev.codeloop.protocol.item;

import dev.codeloop.protocol.Required;

/**
 * One file of a {@code fileChange} item.
 *
 * @param path the file's absolute path
 * @param kind whether the file is added, deleted or updated
 * @param diff the new content for an add, the old content for a delete, and a unified diff for an update
 */
public record FileUpdateChange(@Required String path, @Required PatchChangeKind kind, @Required String diff) {
}
