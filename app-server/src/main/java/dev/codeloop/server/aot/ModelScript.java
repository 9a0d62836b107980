package dev.codeloop.server.aot;

/** The two Responses API streams the training model sends (SSE text), shaped like the real API's. */
final class ModelScript {

    private static final String USAGE = "{\"input_tokens\":100,\"input_tokens_details\":{\"cached_tokens\":0},"
            + "\"output_tokens\":10,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":110}";

    private ModelScript() {
    }

    /** A turn's first answer: run {@code echo} through the shell tool. */
    static String shellCall() {
        String arguments = "{\\\"command\\\":\\\"echo codeloop\\\"}";
        String done = "{\"type\":\"function_call\",\"id\":\"fc_1\",\"status\":\"completed\",\"call_id\":\"call_1\","
                + "\"name\":\"shell_command\",\"arguments\":\"" + arguments + "\"}";
        return created("resp_1", 0)
                + event("response.output_item.added", 1, "\"output_index\":0,\"item\":{\"type\":\"function_call\","
                + "\"id\":\"fc_1\",\"status\":\"in_progress\",\"call_id\":\"call_1\",\"name\":\"shell_command\","
                + "\"arguments\":\"\"}")
                + event("response.function_call_arguments.delta", 2,
                "\"item_id\":\"fc_1\",\"output_index\":0,\"delta\":\"" + arguments + "\"")
                + event("response.function_call_arguments.done", 3,
                "\"item_id\":\"fc_1\",\"output_index\":0,\"arguments\":\"" + arguments + "\"")
                + event("response.output_item.done", 4, "\"output_index\":0,\"item\":" + done)
                + completed("resp_1", 5, done);
    }

    /** The answer after the command ran: a short message streamed in two deltas. */
    static String message() {
        String done = "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"completed\","
                + "\"content\":[{\"type\":\"output_text\",\"text\":\"Hello from the shell.\",\"annotations\":[]}]}";
        return created("resp_2", 0)
                + event("response.output_item.added", 1, "\"output_index\":0,\"item\":{\"type\":\"message\","
                + "\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"in_progress\",\"content\":[]}")
                + event("response.content_part.added", 2, "\"item_id\":\"msg_1\",\"output_index\":0,"
                + "\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}")
                + event("response.output_text.delta", 3,
                "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hello from \"")
                + event("response.output_text.delta", 4,
                "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"the shell.\"")
                + event("response.output_text.done", 5,
                "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"text\":\"Hello from the shell.\"")
                + event("response.content_part.done", 6, "\"item_id\":\"msg_1\",\"output_index\":0,"
                + "\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"Hello from the shell.\","
                + "\"annotations\":[]}")
                + event("response.output_item.done", 7, "\"output_index\":0,\"item\":" + done)
                + completed("resp_2", 8, done);
    }

    private static String created(String id, int sequence) {
        return event("response.created", sequence, "\"response\":{\"id\":\"" + id
                + "\",\"object\":\"response\",\"status\":\"in_progress\",\"output\":[]}");
    }

    private static String completed(String id, int sequence, String item) {
        return event("response.completed", sequence, "\"response\":{\"id\":\"" + id
                + "\",\"object\":\"response\",\"status\":\"completed\",\"output\":[" + item + "],\"usage\":"
                + USAGE + "}");
    }

    private static String event(String type, int sequence, String fields) {
        return "event: " + type + "\ndata: {\"type\":\"" + type + "\",\"sequence_number\":" + sequence + ","
                + fields + "}\n\n";
    }
}
