package dev.codeloop.core.tools.patch.engine;

/** How the apply_patch tool is described to the model: a Lark grammar for the freeform tool, and instructions. */
public final class ApplyPatchGrammar {

    /**
     * The patch format as a Lark grammar, for a freeform (custom) tool with {@code format: {type: "grammar",
     * syntax: "lark"}}. It describes the canonical form; {@link PatchParser} also accepts sloppier text.
     */
    public static final String LARK = """
            start: begin_patch hunk+ end_patch
            begin_patch: "*** Begin Patch" LF
            end_patch: "*** End Patch" LF?

            hunk: add_file | delete_file | update_file

            add_file: "*** Add File: " path LF added_line*
            added_line: "+" TEXT? LF

            delete_file: "*** Delete File: " path LF

            update_file: "*** Update File: " path LF (move_to changes? | changes)
            move_to: "*** Move to: " path LF
            changes: chunk_body chunk* | chunk+
            chunk: chunk_header chunk_body
            chunk_header: "@@" LF | "@@ " TEXT LF
            chunk_body: change_line+ end_of_file?
            change_line: (" " | "-" | "+") TEXT? LF
            end_of_file: "*** End of File" LF

            path: TEXT
            TEXT: /[^\\r\\n]+/
            LF: "\\n"
            """;

    /** What the model needs to know to write a patch, for the tool description. */
    public static final String INSTRUCTIONS = """
            Edit files by sending a patch. A patch is plain text in this form:

            *** Begin Patch
            <one or more file operations>
            *** End Patch

            File operations:
            *** Add File: <path>     creates a file; each following line is a line of the new file, prefixed with '+'.
            *** Delete File: <path>  removes a file.
            *** Update File: <path>  changes a file; may be followed by '*** Move to: <new path>' to rename it too.

            An Update is a list of chunks. A chunk starts with '@@', optionally followed by a line of the file that
            comes before the change, such as a function or class signature, to say which place is meant. Then come
            the chunk's lines, each starting with one character: ' ' (a space) for an unchanged line, '-' for a line
            to remove, '+' for a line to add. Give about three unchanged lines before and after each change, enough
            to make the place unique, and copy them exactly from the file. Write chunks in the order of the file.
            End a chunk with '*** End of File' when it reaches the end of the file. Never use line numbers.

            Paths are relative to the working directory (absolute paths work too). To replace a file completely,
            delete it and add it again in the same patch.

            Example:
            *** Begin Patch
            *** Add File: docs/NOTES.md
            +# Notes
            +Written by the agent.
            *** Update File: src/app.py
            @@ def greet(name):
            -    return "Hello, " + name
            +    return f"Hello, {name}!"
            *** Delete File: old.txt
            *** End Patch
            """;

    private ApplyPatchGrammar() {
    }
}
