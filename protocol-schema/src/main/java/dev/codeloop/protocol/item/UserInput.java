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

    /**
     * Plain text.
     *
     * @param text         the text
     * @param textElements UI elements in the text, such as file chips ({@code text_elements}, snake_case as in Codex);
     *                     the model gets only the text
     */
    record Text(
            @Required String text,
            @JsonProperty("text_elements") List<TextElement> textElements) implements UserInput {
    }

    /**
     * An image by URL.
     *
     * @param url the image URL; {@code data:} URLs are accepted; required in {@code turn/start}
     */
    record Image(String url) implements UserInput {
    }

    /**
     * An image file on the server's machine.
     *
     * @param path the image file's path
     */
    record LocalImage(@Required String path) implements UserInput {
    }

    /**
     * A skill the user picked explicitly; the model gets its name and path as text.
     *
     * @param name the skill's name
     * @param path the skill's path
     */
    record Skill(@Required String name, @Required String path) implements UserInput {
    }

    /**
     * A mention of an app or plugin; the model gets its name and path as text.
     *
     * @param name the app or plugin's name
     * @param path its path, as the client gives it
     */
    record Mention(@Required String name, @Required String path) implements UserInput {
    }
}
