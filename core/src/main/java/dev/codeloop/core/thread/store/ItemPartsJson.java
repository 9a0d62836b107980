package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.JsonFields.putIfNotNull;
import static dev.codeloop.core.thread.store.JsonFields.requiredString;
import static dev.codeloop.core.thread.store.JsonFields.string;

import dev.codeloop.core.item.CommandAction;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.item.UserContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The parts items are made of: user input pieces, command actions and changed files. */
final class ItemPartsJson {

    private ItemPartsJson() {
    }

    static ObjectNode writeUserContent(UserContent content) {
        ObjectNode node = object();
        switch (content) {
            case UserContent.Text t -> putIfNotNull(node.put("type", "text"), "text", t.text());
            case UserContent.ImageUrl i -> putIfNotNull(node.put("type", "image"), "url", i.url());
            case UserContent.LocalImage i -> putIfNotNull(node.put("type", "local_image"), "path", i.path());
        }
        return node;
    }

    static UserContent readUserContent(JsonNode node) {
        String type = requiredString(node, "type");
        return switch (type) {
            case "text" -> new UserContent.Text(string(node, "text"));
            case "image" -> new UserContent.ImageUrl(string(node, "url"));
            case "local_image" -> new UserContent.LocalImage(string(node, "path"));
            default -> throw new UnknownKindException("user content type", type);
        };
    }

    static ObjectNode writeAction(CommandAction action) {
        ObjectNode node = object();
        switch (action) {
            case CommandAction.Read r -> {
                node.put("type", "read");
                putIfNotNull(node, "command", r.command());
                putIfNotNull(node, "name", r.name());
                putIfNotNull(node, "path", r.path());
            }
            case CommandAction.ListFiles l -> {
                node.put("type", "list_files");
                putIfNotNull(node, "command", l.command());
                putIfNotNull(node, "path", l.path());
            }
            case CommandAction.Search s -> {
                node.put("type", "search");
                putIfNotNull(node, "command", s.command());
                putIfNotNull(node, "query", s.query());
                putIfNotNull(node, "path", s.path());
            }
            case CommandAction.Unknown u -> {
                node.put("type", "unknown");
                putIfNotNull(node, "command", u.command());
            }
        }
        return node;
    }

    static CommandAction readAction(JsonNode node) {
        String type = requiredString(node, "type");
        return switch (type) {
            case "read" -> new CommandAction.Read(string(node, "command"), string(node, "name"), string(node, "path"));
            case "list_files" -> new CommandAction.ListFiles(string(node, "command"), string(node, "path"));
            case "search" -> new CommandAction.Search(string(node, "command"), string(node, "query"),
                    string(node, "path"));
            case "unknown" -> new CommandAction.Unknown(string(node, "command"));
            default -> throw new UnknownKindException("command action type", type);
        };
    }

    static ObjectNode writeFileUpdate(Item.FileUpdate update) {
        ObjectNode node = object();
        putIfNotNull(node, "path", update.path());
        putIfNotNull(node, "kind", WireNames.ofNullable(update.kind()));
        putIfNotNull(node, "move_path", update.movePath());
        putIfNotNull(node, "diff", update.diff());
        return node;
    }

    static Item.FileUpdate readFileUpdate(JsonNode node) {
        return new Item.FileUpdate(string(node, "path"),
                WireNames.parse(Item.FileUpdateKind.class, string(node, "kind")),
                string(node, "move_path"),
                string(node, "diff"));
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
