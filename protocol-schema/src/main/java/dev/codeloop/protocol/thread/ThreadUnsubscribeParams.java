package dev.codeloop.protocol.thread;

/** This connection stops following the thread; with nobody left, it is unloaded (a running turn is interrupted). */
public record ThreadUnsubscribeParams(String threadId) {
}
