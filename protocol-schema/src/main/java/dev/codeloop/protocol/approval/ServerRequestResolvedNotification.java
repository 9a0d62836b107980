package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * A server → client request is settled (answered, or withdrawn because its turn ended). Sent before the
 * related {@code item/completed}. {@code requestId} is the id of that request (an integer).
 */
public record ServerRequestResolvedNotification(@Required String threadId, @Required Object requestId) {
}
