package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.object;
import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.requiredLong;
import static dev.codeloop.core.thread.store.JsonFields.requiredObject;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;

import dev.codeloop.core.config.ApprovalPolicy;
import dev.codeloop.core.config.ReasoningEffort;
import dev.codeloop.core.config.ReasoningSummary;
import dev.codeloop.core.config.Verbosity;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code session_meta} payload; git fields use Codex's names (commit_hash, repository_url). */
final class ThreadMetaJson {

    private ThreadMetaJson() {
    }

    static ObjectNode write(ThreadMeta meta) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", meta.id());
        putIfNotNull(node, "forked_from_id", meta.forkedFromId());
        node.put("created_at_ms", meta.createdAtMs());
        node.put("cwd", meta.cwd().toString());
        node.put("model", meta.model());
        node.put("model_provider", meta.modelProvider());
        node.put("approval_policy", WireNames.of(meta.approvalPolicy()));
        node.set("sandbox_policy", SandboxPolicyJson.write(meta.sandbox()));
        putIfNotNull(node, "reasoning_effort", WireNames.ofNullable(meta.reasoningEffort()));
        putIfNotNull(node, "reasoning_summary", WireNames.ofNullable(meta.reasoningSummary()));
        putIfNotNull(node, "verbosity", WireNames.ofNullable(meta.verbosity()));
        node.put("base_instructions", meta.baseInstructions());
        putIfNotNull(node, "developer_instructions", meta.developerInstructions());
        node.put("originator", meta.originator());
        node.put("source", meta.source());
        node.put("cli_version", meta.cliVersion());
        GitInfo git = meta.gitInfo();
        if (git != null) {
            ObjectNode g = node.putObject("git");
            putIfNotNull(g, "commit_hash", git.sha());
            putIfNotNull(g, "branch", git.branch());
            putIfNotNull(g, "repository_url", git.originUrl());
        }
        return node;
    }

    static ThreadMeta read(JsonNode node) {
        JsonNode git = object(node, "git");
        return new ThreadMeta(
                requiredString(node, "id"),
                string(node, "forked_from_id"),
                requiredLong(node, "created_at_ms"),
                Path.of(requiredString(node, "cwd")),
                requiredString(node, "model"),
                requiredString(node, "model_provider"),
                WireNames.parse(ApprovalPolicy.class, requiredString(node, "approval_policy")),
                SandboxPolicyJson.read(requiredObject(node, "sandbox_policy")),
                WireNames.parse(ReasoningEffort.class, string(node, "reasoning_effort")),
                WireNames.parse(ReasoningSummary.class, string(node, "reasoning_summary")),
                WireNames.parse(Verbosity.class, string(node, "verbosity")),
                requiredString(node, "base_instructions"),
                string(node, "developer_instructions"),
                requiredString(node, "originator"),
                requiredString(node, "source"),
                requiredString(node, "cli_version"),
                git == null ? null : new GitInfo(string(git, "commit_hash"), string(git, "branch"),
                        string(git, "repository_url")));
    }
}
