package dev.codeloop.core.thread.store;

/** Where the thread's working tree stood when it started; any part may be null when unknown. */
public record GitInfo(String sha, String branch, String originUrl) {
}
