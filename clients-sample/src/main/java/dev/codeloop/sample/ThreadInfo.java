package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;

/** What {@code thread/start} answered that a person wants to see: which model, where, under which rules. */
record ThreadInfo(String threadId, String model, String modelProvider, String cwd, String approvalPolicy, String sandbox) {

    static ThreadInfo from(JsonNode result) {
        JsonNode thread = result.path("thread");
        JsonNode policy = result.path("approvalPolicy");
        return new ThreadInfo(
                JsonFields.text(thread, "id", "?"),
                JsonFields.text(result, "model", JsonFields.text(thread, "model", "?")),
                JsonFields.text(result, "modelProvider", JsonFields.text(thread, "modelProvider", "?")),
                JsonFields.text(result, "cwd", JsonFields.text(thread, "cwd", "?")),
                // a plain string ("never") or, for granular policies, an object: show its one key
                policy.isString() ? policy.asString() : policy.isObject() ? policy.propertyNames().iterator().next() : null,
                JsonFields.text(result.path("sandbox"), "type"));
    }

    /** {@code model gpt-5.5 via scripted · approvals never · sandbox workspaceWrite}. */
    String describe() {
        return "model " + model + " via " + modelProvider
                + (approvalPolicy == null ? "" : " · approvals " + approvalPolicy)
                + (sandbox == null ? "" : " · sandbox " + sandbox);
    }
}
