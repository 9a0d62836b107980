package dev.codeloop.protocol.thread;

/**
 * Git state of the thread's cwd when the thread was created.
 *
 * @param sha       the commit checked out; null when unknown
 * @param branch    the branch checked out; null when unknown
 * @param originUrl the URL of the {@code origin} remote; null when unknown
 */
public record GitInfo(String sha, String branch, String originUrl) {
}
