package dev.codeloop.protocol.thread;

/** Git state of the thread's cwd when the thread was created. */
public record GitInfo(String sha, String branch, String originUrl) {
}
