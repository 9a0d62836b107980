package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds notification params for tests from compact JSON: {@code '} stands for {@code "}, and {@code `} for {@code '}. */
final class Events {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Events() {
    }

    static JsonNode json(String singleQuoted) {
        return MAPPER.readTree(singleQuoted.replace('\'', '"').replace('`', '\''));
    }

    /** Feeds {@code method, params, method, params, …} to the printer and returns all the text it produced. */
    static String render(EventPrinter printer, String... methodsAndParams) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < methodsAndParams.length; i += 2) {
            text.append(printer.render(methodsAndParams[i], json(methodsAndParams[i + 1])));
        }
        return text.toString();
    }
}
