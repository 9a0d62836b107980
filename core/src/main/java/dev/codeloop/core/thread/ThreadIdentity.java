package dev.codeloop.core.thread;

import dev.codeloop.core.thread.store.GitInfo;

/**
 * What never changes about a thread.
 *
 * @param ephemeral    never written to disk
 * @param forkedFromId the thread this one was forked from, or null
 * @param gitInfo      the cwd's git state when the thread was created, or null
 */
public record ThreadIdentity(String id, boolean ephemeral, long createdAtMs, String forkedFromId, GitInfo gitInfo) {
}
