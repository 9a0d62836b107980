package dev.codeloop.protocol.schema;

import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The method table of the protocol reference, as Markdown, generated from {@link Methods} (every method, including
 * experimental ones, which are marked). It lives in {@code app-server/README.md} between {@value #BEGIN} and
 * {@value #END}; {@link #replaceIn} refreshes that section.
 */
public final class MethodTable {

    public static final String BEGIN = "<!-- BEGIN GENERATED: methods -->";
    public static final String END = "<!-- END GENERATED: methods -->";

    private MethodTable() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| method | direction | params | result | since | experimental |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (MethodDescriptor<?, ?> method : Methods.ALL) {
            out.append("| `").append(method.name()).append("` | ").append(direction(method.direction()))
                    .append(" | ").append(type(method.paramsType()))
                    .append(" | ").append(type(method.resultType()))
                    .append(" | ").append(method.since())
                    .append(" | ").append(method.experimental() ? "yes" : "")
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The marked section of {@code document} (between the markers, exclusive), or null if it has none. */
    public static String sectionOf(String document) {
        Matcher m = section().matcher(document);
        return m.find() ? m.group(2) : null;
    }

    /** {@code document} with its marked section replaced by the current table. */
    public static String replaceIn(String document) {
        Matcher m = section().matcher(document);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + BEGIN + " … " + END + " section");
        }
        return document.substring(0, m.start(2)) + markdown() + document.substring(m.end(2));
    }

    private static Pattern section() {
        return Pattern.compile("(" + Pattern.quote(BEGIN) + "\n)(.*?)(?=" + Pattern.quote(END) + ")", Pattern.DOTALL);
    }

    private static String direction(Direction direction) {
        return switch (direction) {
            case CLIENT_REQUEST -> "client → server request";
            case CLIENT_NOTIFICATION -> "client → server notification";
            case SERVER_REQUEST -> "server → client request";
            case SERVER_NOTIFICATION -> "server → client notification";
        };
    }

    private static String type(Class<?> type) {
        return type == Void.class ? "–" : "`" + DefinitionNames.of(type) + "`";
    }
}
