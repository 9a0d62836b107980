package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.array;
import static dev.codeloop.core.thread.store.JsonFields.optInt;
import static dev.codeloop.core.thread.store.JsonFields.optLong;
import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.putStrings;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;
import static dev.codeloop.core.thread.store.JsonFields.strings;

import dev.codeloop.core.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Client-visible items with every field, so a resumed thread shows exactly what the live one did
 * (commands with their output, file changes with their diffs). A new {@link Item} type fails to compile
 * here until it is given a spelling.
 */
final class ItemJson {

    private ItemJson() {
    }

    static ObjectNode write(Item item) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (item) {
            case Item.UserMessage m -> {
                node.put("type", "user_message").put("id", m.id());
                putList(node, "content", m.content(), ItemPartsJson::writeUserContent);
            }
            case Item.AgentMessage m -> {
                node.put("type", "agent_message").put("id", m.id());
                putIfNotNull(node, "text", m.text());
            }
            case Item.Reasoning r -> {
                node.put("type", "reasoning").put("id", r.id());
                putStrings(node, "summary", r.summary());
                putStrings(node, "content", r.content());
            }
            case Item.CommandExecution c -> {
                node.put("type", "command_execution").put("id", c.id());
                putIfNotNull(node, "command", c.command());
                putIfNotNull(node, "cwd", c.cwd());
                putIfNotNull(node, "process_id", c.processId());
                putIfNotNull(node, "status", WireNames.ofNullable(c.status()));
                putList(node, "actions", c.actions(), ItemPartsJson::writeAction);
                putIfNotNull(node, "aggregated_output", c.aggregatedOutput());
                putIfNotNull(node, "exit_code", c.exitCode());
                putIfNotNull(node, "duration_ms", c.durationMs());
            }
            case Item.FileChange f -> {
                node.put("type", "file_change").put("id", f.id());
                putList(node, "changes", f.changes(), ItemPartsJson::writeFileUpdate);
                putIfNotNull(node, "status", WireNames.ofNullable(f.status()));
            }
        }
        putIfNotNull(node, "started_at_ms", item.startedAtMs());
        putIfNotNull(node, "completed_at_ms", item.completedAtMs());
        return node;
    }

    static Item read(JsonNode node) {
        String type = requiredString(node, "type");
        String id = requiredString(node, "id");
        Long started = optLong(node, "started_at_ms");
        Long completed = optLong(node, "completed_at_ms");
        return switch (type) {
            case "user_message" -> new Item.UserMessage(id,
                    list(node, "content", ItemPartsJson::readUserContent), started, completed);
            case "agent_message" -> new Item.AgentMessage(id, string(node, "text"), started, completed);
            case "reasoning" -> new Item.Reasoning(id, strings(node, "summary"), strings(node, "content"),
                    started, completed);
            case "command_execution" -> new Item.CommandExecution(id,
                    string(node, "command"),
                    string(node, "cwd"),
                    optLong(node, "process_id"),
                    WireNames.parse(Item.CommandStatus.class, string(node, "status")),
                    list(node, "actions", ItemPartsJson::readAction),
                    string(node, "aggregated_output"),
                    optInt(node, "exit_code"),
                    optLong(node, "duration_ms"),
                    started,
                    completed);
            case "file_change" -> new Item.FileChange(id,
                    list(node, "changes", ItemPartsJson::readFileUpdate),
                    WireNames.parse(Item.PatchStatus.class, string(node, "status")),
                    started,
                    completed);
            default -> throw new UnknownKindException("item type", type);
        };
    }

    private static <T> void putList(ObjectNode node, String field, List<T> values, Function<T, JsonNode> writer) {
        if (values != null) {
            ArrayNode array = node.putArray(field);
            values.forEach(value -> array.add(writer.apply(value)));
        }
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> reader) {
        List<JsonNode> elements = array(node, field);
        if (elements == null) {
            return null;
        }
        List<T> values = new ArrayList<>(elements.size());
        elements.forEach(element -> values.add(reader.apply(element)));
        return values;
    }
}
