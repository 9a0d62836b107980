package dev.codeloop.protocol.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a javadoc comment (as {@code Elements.getDocComment} returns it) into the plain text of a schema
 * {@code description}, in the style of Codex's schema: code in backticks, paragraphs separated by a blank line,
 * whitespace collapsed within a paragraph, no HTML.
 * <ul>
 *   <li>{@code {@code x}} → {@code `x`}; {@code {@literal x}} → {@code x};
 *   <li>{@code {@link A#b label}} → {@code label}; without a label {@code `b`} (or {@code `A`});
 *   <li>{@code <p>} → a paragraph break; {@code <li>} → a line starting with {@code - }; other tags removed;
 *       {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}, {@code &#NN;} decoded.
 * </ul>
 * The main text stops at the first block tag ({@code @param}, {@code @see}, ...); {@link #params} reads the
 * {@code @param} tags.
 */
final class DocText {

    private static final char PARAGRAPH = '\uE000';
    private static final char LINE = '\uE001';
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^[ \\t]*@([A-Za-z]+)");
    private static final Pattern HTML_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)\\b[^<>]*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);");

    private DocText() {
    }

    /** The normalized main description of {@code comment} (before any block tag); empty when there is none. */
    static String main(String comment) {
        if (comment == null) {
            return "";
        }
        Matcher tag = BLOCK_TAG.matcher(comment);
        return normalize(tag.find() ? comment.substring(0, tag.start()) : comment);
    }

    /**
     * The normalized {@code @param} descriptions of {@code comment}, by parameter name, in order, written as
     * sentences, as descriptions in Codex's schema are ({@code @param id the thread} → {@code The thread.}).
     */
    static Map<String, String> params(String comment) {
        Map<String, String> params = new LinkedHashMap<>();
        if (comment == null) {
            return params;
        }
        List<int[]> tags = new ArrayList<>();
        Matcher tag = BLOCK_TAG.matcher(comment);
        while (tag.find()) {
            tags.add(new int[] {tag.start(), tag.end(1)});
        }
        for (int i = 0; i < tags.size(); i++) {
            int start = tags.get(i)[0];
            int end = i + 1 < tags.size() ? tags.get(i + 1)[0] : comment.length();
            String block = comment.substring(start, end).strip();
            if (!block.startsWith("@param")) {
                continue;
            }
            String rest = block.substring("@param".length()).strip();
            int space = indexOfWhitespace(rest);
            String name = space < 0 ? rest : rest.substring(0, space);
            String text = space < 0 ? "" : sentenceCase(normalize(rest.substring(space)));
            if (!name.isEmpty() && !name.startsWith("<") && !text.isEmpty()) {
                params.putIfAbsent(name, text);
            }
        }
        return params;
    }

    /** A capital first letter and a full stop, unless the text already ends in punctuation or code. */
    private static String sentenceCase(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String sentence = Character.isLowerCase(text.charAt(0))
                ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
        char last = sentence.charAt(sentence.length() - 1);
        return ".!?:`)".indexOf(last) >= 0 ? sentence : sentence + ".";
    }

    /** {@code text} (javadoc main text, no block tags) as plain text. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && text.startsWith("{@", i)) {
                int close = closingBrace(text, i);
                if (close > 0) {
                    out.append(inlineTag(text.substring(i + 2, close)));
                    i = close + 1;
                    continue;
                }
            }
            if (c == '<') {
                Matcher html = HTML_TAG.matcher(text).region(i, text.length());
                if (html.lookingAt()) {
                    out.append(htmlTag(html.group(0), html.group(1).toLowerCase(java.util.Locale.ROOT)));
                    i = html.end();
                    continue;
                }
            }
            if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, text.length());
                if (entity.lookingAt()) {
                    String decoded = entity(entity.group(1));
                    if (decoded != null) {
                        out.append(decoded);
                        i = entity.end();
                        continue;
                    }
                }
            }
            if (c == '\n' && blankLineFollows(text, i + 1)) {
                out.append(PARAGRAPH);
            } else {
                out.append(c);
            }
            i++;
        }
        return layout(out.toString());
    }

    /** The text of an inline tag, given what is between <code>{@</code> and its closing brace. */
    private static String inlineTag(String body) {
        int space = indexOfWhitespace(body);
        String name = space < 0 ? body : body.substring(0, space);
        String content = space < 0 ? "" : collapse(body.substring(space + 1)).strip();
        return switch (name) {
            case "code" -> content.isEmpty() ? "" : "`" + content + "`";
            case "link", "linkplain" -> link(content, name.equals("link"));
            case "value" -> content.isEmpty() ? "" : "`" + memberOrType(content) + "`";
            case "inheritDoc" -> "";
            default -> content; // {@literal x}, {@index x}, {@summary x}, ...
        };
    }

    /** {@code A#b label} → label; {@code A#b(C)} → {@code `b`}; {@code A} → {@code `A`}. */
    private static String link(String content, boolean code) {
        int depth = 0;
        int split = -1;
        for (int i = 0; i < content.length() && split < 0; i++) {
            char c = content.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                split = i;
            }
        }
        if (split > 0) {
            return content.substring(split + 1).strip();
        }
        String target = memberOrType(content);
        return target.isEmpty() ? "" : code ? "`" + target + "`" : target;
    }

    private static String memberOrType(String reference) {
        String target = reference.strip();
        int paren = target.indexOf('(');
        if (paren >= 0) {
            target = target.substring(0, paren);
        }
        int hash = target.indexOf('#');
        if (hash >= 0 && hash + 1 < target.length()) {
            return target.substring(hash + 1);
        }
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        return target.substring(target.lastIndexOf('.') + 1);
    }

    private static String htmlTag(String tag, String name) {
        boolean end = tag.startsWith("</");
        return switch (name) {
            case "p", "ul", "ol", "dl", "pre", "blockquote", "table" -> String.valueOf(PARAGRAPH);
            case "li", "dt" -> end ? "" : LINE + "- ";
            case "br", "dd", "tr" -> String.valueOf(LINE);
            default -> "";
        };
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    if (name.startsWith("#x")) {
                        yield Character.toString(Integer.parseInt(name.substring(2), 16));
                    }
                    if (name.startsWith("#")) {
                        yield Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    yield null;
                }
                yield null;
            }
        };
    }

    /** Collapses whitespace, then lays out paragraphs (blank line between) and lines (one newline). */
    private static String layout(String marked) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : marked.split(String.valueOf(PARAGRAPH))) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split(String.valueOf(LINE))) {
                String collapsed = collapse(line).strip();
                if (!collapsed.isEmpty() && !collapsed.equals("-")) {
                    lines.add(collapsed);
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(String.join("\n", lines));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static boolean blankLineFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }

    /** The index of the brace closing the inline tag opened at {@code open}, counting nested braces; -1 if none. */
    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
