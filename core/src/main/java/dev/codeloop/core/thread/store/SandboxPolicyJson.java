package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.requiredBoolean;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.strings;

import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Sandbox policies tagged by their kebab-case mode, as Codex writes them in its own logs. */
final class SandboxPolicyJson {

    private SandboxPolicyJson() {
    }

    static ObjectNode write(SandboxPolicy policy) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (policy) {
            case SandboxPolicy.DangerFullAccess ignored -> node.put("type", "danger-full-access");
            case SandboxPolicy.ReadOnly r -> node.put("type", "read-only").put("network_access", r.networkAccess());
            case SandboxPolicy.WorkspaceWrite w -> {
                node.put("type", "workspace-write");
                ArrayNode roots = node.putArray("writable_roots");
                w.writableRoots().forEach(root -> roots.add(root.toString()));
                node.put("network_access", w.networkAccess());
                node.put("exclude_tmpdir_env_var", w.excludeTmpdirEnvVar());
                node.put("exclude_slash_tmp", w.excludeSlashTmp());
            }
            case SandboxPolicy.ExternalSandbox e ->
                    node.put("type", "external-sandbox").put("network_access", e.networkAccess());
        }
        return node;
    }

    static SandboxPolicy read(JsonNode node) {
        String type = requiredString(node, "type");
        return switch (type) {
            case "danger-full-access" -> new SandboxPolicy.DangerFullAccess();
            case "read-only" -> new SandboxPolicy.ReadOnly(requiredBoolean(node, "network_access"));
            case "workspace-write" -> new SandboxPolicy.WorkspaceWrite(
                    paths(strings(node, "writable_roots")),
                    requiredBoolean(node, "network_access"),
                    requiredBoolean(node, "exclude_tmpdir_env_var"),
                    requiredBoolean(node, "exclude_slash_tmp"));
            case "external-sandbox" -> new SandboxPolicy.ExternalSandbox(requiredBoolean(node, "network_access"));
            default -> throw new UnknownKindException("sandbox policy type", type);
        };
    }

    private static List<Path> paths(List<String> strings) {
        List<Path> paths = new ArrayList<>();
        if (strings != null) {
            strings.forEach(s -> paths.add(Path.of(s)));
        }
        return List.copyOf(paths);
    }
}
