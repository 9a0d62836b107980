package dev.codeloop.protocol.codegen;

/** Java source text with indentation, built line by line. */
final class SourceWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private int depth;

    /** One line at the current indentation (an empty string gives an empty line). */
    SourceWriter line(String text) {
        if (!text.isEmpty()) {
            out.append("    ".repeat(depth)).append(text);
        }
        out.append('\n');
        return this;
    }

    /** {@code head {}, then indents. */
    SourceWriter open(String head) {
        line(head + " {");
        depth++;
        return this;
    }

    /** Unindents, then {@code }}. */
    SourceWriter close() {
        depth--;
        return line("}");
    }

    /** Unindents, {@code } head {}, indents again: {@code } else {}, {@code } catch (E e) {}. */
    SourceWriter next(String head) {
        depth--;
        line("} " + head + " {");
        depth++;
        return this;
    }

    /** Appends another writer's text at this writer's indentation. */
    SourceWriter append(SourceWriter other) {
        String[] lines = other.toString().split("\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            line(lines[i]);
        }
        return this;
    }

    /** A Java string literal of {@code value}. */
    static String literal(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
