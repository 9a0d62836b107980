package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.protocol.Required;
import java.util.List;

/** One piece of what the user sent in {@code turn/start.input}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = UserInput.Text.class, name = "text"),
        @JsonSubTypes.Type(value = UserInput.Image.class, name = "image"),
        @JsonSubTypes.Type(value = UserInput.LocalImage.class, name = "localImage"),
        @JsonSubTypes.Type(value = UserInput.Skill.class, name = "skill"),
        @JsonSubTypes.Type(value = UserInput.Mention.class, name = "mention"),
})
public sealed interface UserInput {

    /** Plain text; {@code text_elements} is snake_case on the wire, as in Codex. */
    record Text(
            @Required String text,
            @JsonProperty("text_elements") List<TextElement> textElements) implements UserInput {
    }

    /** An image by URL (including data: URLs). */
    record Image(String url) implements UserInput {
    }

    /** An image file on the server's machine. */
    record LocalImage(@Required String path) implements UserInput {
    }

    /** A skill the user picked explicitly. */
    record Skill(@Required String name, @Required String path) implements UserInput {
    }

    /** A mention of an app or plugin. */
    record Mention(@Required String name, @Required String path) implements UserInput {
    }
}
