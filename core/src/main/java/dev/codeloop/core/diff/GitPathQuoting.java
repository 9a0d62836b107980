package dev.codeloop.core.diff;

import java.nio.charset.StandardCharsets;

/**
 * Git's C-style quoting of path names (with the default {@code core.quotePath=true}): a name containing
 * control characters, {@code "}, {@code \} or any non-ASCII byte is wrapped in double quotes with those bytes
 * escaped; any other name is printed as is.
 */
final class GitPathQuoting {

    private GitPathQuoting() {
    }

    /** {@code prefix + path}, quoted as a whole when the path needs it (git writes {@code "a/caf\303\251"}). */
    static String quote(String prefix, String path) {
        byte[] bytes = (prefix + path).getBytes(StandardCharsets.UTF_8);
        if (!needsQuoting(bytes)) {
            return prefix + path;
        }
        StringBuilder out = new StringBuilder(bytes.length + 8).append('"');
        for (byte b : bytes) {
            appendQuoted(out, b & 0xff);
        }
        return out.append('"').toString();
    }

    static String quote(String path) {
        return quote("", path);
    }

    private static boolean needsQuoting(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static void appendQuoted(StringBuilder out, int c) {
        switch (c) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case 0x0b -> out.append("\\v");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            default -> {
                if (c < 0x20 || c >= 0x7f) {
                    out.append('\\').append(String.format("%03o", c));
                } else {
                    out.append((char) c);
                }
            }
        }
    }
}
