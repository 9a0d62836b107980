package dev.codeloop.protocol.approval;

import dev.codeloop.protocol.Required;

/**
 * A server → client request is settled (answered, or withdrawn because its turn ended). Sent before the related {@code
 * item/completed}.
 *
 * @param threadId  the thread the request belonged to
 * @param requestId the JSON-RPC id of the settled request (an integer)
 */
public record ServerRequestResolvedNotification(@Required String threadId, @Required Object requestId) {
}
