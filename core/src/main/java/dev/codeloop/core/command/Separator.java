package dev.codeloop.core.command;

/** What joins a segment of a script to the next one. */
enum Separator {
    AND("&&"),
    OR("||"),
    PIPE("|"),
    /** {@code ;} or a newline. */
    SEQUENCE(";"),
    /** The last segment. */
    END("");

    private final String text;

    Separator(String text) {
        this.text = text;
    }

    /** The operator as written in a normalised script. */
    String text() {
        return text;
    }
}
