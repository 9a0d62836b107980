package dev.codeloop.server.rpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and string writer for the first message of a connection. The first use of
 * Jackson's parser costs tens of milliseconds of class initialisation; this costs next to nothing.
 * It reads RFC 8259 JSON into maps, lists, strings, {@link Long}s, booleans and {@link #NULL}, and gives up
 * (returns null) on anything it is not sure about (other numbers, deep nesting, any syntax error) so that
 * the caller can hand the text to Jackson, which then reports the error exactly as it always does.
 */
final class StrictJson {

    /** JSON {@code null} (Java null means "could not read"). */
    static final Object NULL = new Object();
    /** A number that is not a long integer: readable JSON, but not something the fast path handles. */
    static final Object OTHER_NUMBER = new Object();

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    private StrictJson(String text) {
        this.text = text;
    }

    /** The value of a whole document, or null when unsure. */
    static Object read(String text) {
        StrictJson reader = new StrictJson(text);
        try {
            Object value = reader.value(0);
            reader.whitespace();
            return value != null && reader.pos == text.length() ? value : null;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        whitespace();
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> c == '-' || (c >= '0' && c <= '9') ? number() : null;
        };
    }

    private Object object(int depth) {
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        whitespace();
        if (text.charAt(pos) == '}') {
            pos++;
            return members;
        }
        while (true) {
            whitespace();
            if (text.charAt(pos) != '"') {
                return null;
            }
            String name = string();
            whitespace();
            if (name == null || text.charAt(pos++) != ':') {
                return null;
            }
            Object value = value(depth + 1);
            if (value == null) {
                return null;
            }
            members.put(name, value);
            whitespace();
            char c = text.charAt(pos++);
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    private Object array(int depth) {
        pos++;
        List<Object> items = new ArrayList<>();
        whitespace();
        if (text.charAt(pos) == ']') {
            pos++;
            return items;
        }
        while (true) {
            Object value = value(depth + 1);
            if (value == null) {
                return null;
            }
            items.add(value);
            whitespace();
            char c = text.charAt(pos++);
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(pos++), 16);
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                }
                default -> {
                    return null;
                }
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            return null;
        }
        pos += word.length();
        return value;
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        int count = pos - digits;
        if (count == 0 || (count > 1 && text.charAt(digits) == '0')) {
            return null;
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            return null; // fractions and exponents: left to Jackson
        }
        if (count > 18) {
            return OTHER_NUMBER; // may not fit a long
        }
        return Long.parseLong(text, start, pos, 10);
    }

    private void whitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Appends {@code value} as a JSON string (or {@code null}), escaped the way Jackson escapes it. */
    static void writeString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(
                                Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
