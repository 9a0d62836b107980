package dev.codeloop.core.model.responses;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The raw JSON text of a request body's {@code input} array, as sent on the wire (not re-serialized). */
public final class RequestText {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RequestText() {
    }

    /** The exact characters of the top-level {@code "input": [...]} value of {@code body}. */
    public static String inputArray(String body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                fail("request body is not a JSON object: " + body);
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("input")) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    return body.substring(start, end);
                }
                parser.skipChildren();
            }
        }
        return fail("request body has no input array: " + body);
    }

    /**
     * Asserts that {@code longer} is {@code shorter} with more elements appended: the same characters up to
     * {@code shorter}'s closing bracket, then a comma.
     */
    public static void assertPrefixExtension(String shorter, String longer) {
        String open = shorter.substring(0, shorter.length() - 1);
        String expectedContinuation = shorter.equals("[]") ? "" : ",";
        assertTrue(longer.length() > shorter.length() && longer.startsWith(open + expectedContinuation),
                () -> "input is not a prefix extension of the previous one.\nprevious: " + shorter + "\nnext:     "
                        + longer);
    }
}
