package dev.codeloop.core.diff;

/** The file modes git distinguishes, with the octal spelling it prints. */
public enum GitFileMode {
    REGULAR("100644"),
    EXECUTABLE("100755"),
    SYMLINK("120000");

    private final String octal;

    GitFileMode(String octal) {
        this.octal = octal;
    }

    public String octal() {
        return octal;
    }

    /** Git cannot show a symlink turning into a file as one edit; it shows a deletion and an addition. */
    boolean sameKindAs(GitFileMode other) {
        return (this == SYMLINK) == (other == SYMLINK);
    }
}
