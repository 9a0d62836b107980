package dev.codeloop.protocol.json;

/**
 * A JSON value that does not fit the wire type it was read as: a wrong JSON type, an unknown enum value or union
 * type id, a missing type id. {@link #path()} says where, relative to the value read ({@code input[0].type},
 * {@code approvalPolicy}; empty for the value itself); {@link #detail()} says what.
 *
 * <p>Cheap to throw: it records no stack trace (the path says where the problem is; the stack would only show the
 * codec).
 */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    /**
     * @param path   where, relative to the value read: properties joined by {@code .}, indices as {@code [i]}; empty
     *               for the value itself
     * @param detail what is wrong, e.g. {@code expected a string}
     */
    public WireFormatException(String path, String detail) {
        super(path.isEmpty() ? detail : "`" + path + "`: " + detail, null, false, false);
        this.path = path;
        this.detail = detail;
    }

    /** Where, relative to the value read ({@code input[0].type}); empty for the value itself. */
    public String path() {
        return path;
    }

    /** What is wrong ({@code unknown type `hologram` (expected one of: text, image, …)}). */
    public String detail() {
        return detail;
    }

    /** This error, one level up: inside property {@code name} of an object. */
    public WireFormatException at(String name) {
        return new WireFormatException(path.isEmpty() ? name : path.startsWith("[") ? name + path : name + "." + path,
                detail);
    }

    /** This error, one level up: at {@code index} of an array. */
    public WireFormatException at(int index) {
        String here = "[" + index + "]";
        return new WireFormatException(path.isEmpty() ? here : path.startsWith("[") ? here + path : here + "." + path,
                detail);
    }
}
