package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The files as the patch has left them so far: what earlier operations wrote or removed, over what is on disk.
 * Checks that each operation finds what it expects, with errors that name the file as the model wrote it.
 */
final class PlannedFiles {

    private final PatchPaths paths;
    /** Files written (text) or removed (null) by earlier operations of the patch. */
    private final Map<Path, String> planned = new HashMap<>();

    PlannedFiles(PatchPaths paths) {
        this.paths = paths;
    }

    void write(Path path, String content) {
        planned.put(path, content);
    }

    void remove(Path path) {
        planned.put(path, null);
    }

    /** The current text of an existing text file. */
    String readText(Path path, String shown, String failure) throws PatchException {
        if (planned.containsKey(path)) {
            return plannedContent(path, failure);
        }
        requireRegularFile(path, shown, failure, ". Use '" + PatchMarkers.ADD_FILE + " " + shown + "' to create it");
        return TextFiles.read(path, shown);
    }

    /** The current text of a file about to be deleted; null if it is binary (deleting it is fine). */
    String readForDelete(Path path, String shown) throws PatchException {
        String failure = "Failed to delete " + shown;
        if (planned.containsKey(path)) {
            return plannedContent(path, failure);
        }
        requireRegularFile(path, shown, failure, "");
        return TextFiles.decode(TextFiles.readBytes(path, shown)).orElse(null);
    }

    /** That nothing is at {@code path} yet and its parents are (or can become) directories. */
    void requireCreatable(Path path, String shown, String failure) throws PatchException {
        if (planned.containsKey(path)) {
            if (planned.get(path) != null) {
                throw new PatchException(Kind.FILE_EXISTS, failure + ": " + shown + " is already added by an "
                        + "earlier operation of this patch", path);
            }
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is a directory", path);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new PatchException(Kind.FILE_EXISTS, failure + ": " + shown + " already exists. Use '"
                    + PatchMarkers.UPDATE_FILE + " " + shown + "' to change it, or '" + PatchMarkers.DELETE_FILE
                    + " " + shown + "' first to replace it", path);
        }
        for (Map.Entry<Path, String> entry : planned.entrySet()) {
            if (entry.getValue() != null && entry.getKey().startsWith(path) && !entry.getKey().equals(path)) {
                throw new PatchException(Kind.NOT_A_FILE, failure + ": this patch already puts "
                        + paths.display(entry.getKey()) + " inside it, so it must be a directory", path);
            }
        }
        requireDirectoryParents(path, failure);
    }

    private void requireDirectoryParents(Path path, String failure) throws PatchException {
        for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
            String shown = paths.display(parent);
            if (planned.get(parent) != null) {
                throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is a file added by this patch, "
                        + "not a directory", path);
            }
            if (Files.isSymbolicLink(parent) && !Files.exists(parent)) {
                throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is a broken symbolic link",
                        path);
            }
            if (Files.exists(parent)) {
                if (!Files.isDirectory(parent)) {
                    throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is a file, not a directory",
                            path);
                }
                return;
            }
        }
    }

    private String plannedContent(Path path, String failure) throws PatchException {
        String content = planned.get(path);
        if (content == null) {
            throw new PatchException(Kind.FILE_NOT_FOUND, failure + ": an earlier operation of this patch deletes "
                    + "or moves it", path);
        }
        return content;
    }

    private static void requireRegularFile(Path path, String shown, String failure, String missingHint)
            throws PatchException {
        if (Files.isDirectory(path)) {
            throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is a directory, not a file", path);
        }
        if (!Files.exists(path)) {
            throw new PatchException(Kind.FILE_NOT_FOUND, failure + ": " + shown + " does not exist" + missingHint,
                    path);
        }
        if (!Files.isRegularFile(path)) {
            throw new PatchException(Kind.NOT_A_FILE, failure + ": " + shown + " is not a regular file", path);
        }
    }
}
