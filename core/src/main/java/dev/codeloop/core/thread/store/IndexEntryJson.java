package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.optLong;
import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.requiredLong;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Index lines: a whole entry, or {@code {"id":…,"deleted":true}} when a thread left the index. */
final class IndexEntryJson {

    /** A decoded line: an entry, or a deletion of {@code id} when {@code entry} is null. */
    record Line(String id, IndexEntry entry) {
    }

    private IndexEntryJson() {
    }

    static String write(IndexEntry e) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", e.id());
        node.put("path", e.path());
        node.put("archived", e.archived());
        node.put("created_at_ms", e.createdAtMs());
        node.put("updated_at_ms", e.updatedAtMs());
        putIfNotNull(node, "cwd", e.cwd());
        putIfNotNull(node, "model_provider", e.modelProvider());
        putIfNotNull(node, "model", e.model());
        node.put("preview", e.preview());
        putIfNotNull(node, "source", e.source());
        putIfNotNull(node, "name", e.name());
        putIfNotNull(node, "forked_from_id", e.forkedFromId());
        node.put("size", e.size());
        node.put("mtime_ms", e.mtimeMs());
        return StoreJson.write(node);
    }

    static String deletion(String id) {
        return StoreJson.write(JsonNodeFactory.instance.objectNode().put("id", id).put("deleted", true));
    }

    static Line read(String text) {
        JsonNode node = StoreJson.parseObject(text);
        String id = requiredString(node, "id");
        JsonNode deleted = node.get("deleted");
        if (deleted != null && deleted.isBoolean() && deleted.booleanValue()) {
            return new Line(id, null);
        }
        Long size = optLong(node, "size");
        Long mtime = optLong(node, "mtime_ms");
        return new Line(id, new IndexEntry(id,
                requiredString(node, "path"),
                JsonFields.requiredBoolean(node, "archived"),
                requiredLong(node, "created_at_ms"),
                requiredLong(node, "updated_at_ms"),
                string(node, "cwd"),
                string(node, "model_provider"),
                string(node, "model"),
                string(node, "preview"),
                string(node, "source"),
                string(node, "name"),
                string(node, "forked_from_id"),
                size == null ? -1 : size,
                mtime == null ? -1 : mtime));
    }
}
