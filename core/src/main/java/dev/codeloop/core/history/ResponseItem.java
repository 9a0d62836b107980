package dev.codeloop.core.history;

import java.util.List;

/**
 * One entry of what the model sees: the conversation history resent in full on every request. Only
 * appended, never rewritten, so each request's input extends the previous one (prompt-cache friendly).
 */
public sealed interface ResponseItem {

    /** A message; {@code role} is developer, user or assistant. */
    record Message(String role, List<ContentPart> content) implements ResponseItem {

        public static Message userText(String text) {
            return new Message("user", List.of(new ContentPart.InputText(text)));
        }

        public static Message developerText(String text) {
            return new Message("developer", List.of(new ContentPart.InputText(text)));
        }

        public static Message assistantText(String text) {
            return new Message("assistant", List.of(new ContentPart.OutputText(text)));
        }
    }

    /** Model reasoning, kept (with its encrypted content) so stateless requests can replay it. */
    record Reasoning(String id, List<String> summary, String encryptedContent) implements ResponseItem {
    }

    /** A JSON-arguments tool call. */
    record FunctionCall(String callId, String name, String arguments) implements ResponseItem {
    }

    record FunctionCallOutput(String callId, String output) implements ResponseItem {
    }

    /** A freeform (custom) tool call, e.g. apply_patch with its patch text as input. */
    record CustomToolCall(String callId, String name, String input) implements ResponseItem {
    }

    record CustomToolCallOutput(String callId, String output) implements ResponseItem {
    }

    /** A piece of message content. */
    sealed interface ContentPart {

        record InputText(String text) implements ContentPart {
        }

        record OutputText(String text) implements ContentPart {
        }

        record InputImage(String imageUrl) implements ContentPart {
        }
    }
}
