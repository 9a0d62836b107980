package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the targets all or nothing. Every new content goes to a temporary file beside its destination first,
 * then each is moved into place; deletions come last. When any step fails, the steps already done are undone
 * in reverse, from the originals kept in memory, and the directories this run created are removed.
 */
final class PatchTransaction {

    private final DiskOps disk;
    private final Map<Path, OriginalFile> originals;
    private final List<Path> createdDirectories = new ArrayList<>();
    private final List<Path> stagedFiles = new ArrayList<>();
    /** Destinations already replaced, in order: undone by restoring the original (or deleting if there was none). */
    private final List<OriginalFile> written = new ArrayList<>();
    private final List<OriginalFile> deleted = new ArrayList<>();

    PatchTransaction(DiskOps disk, Map<Path, OriginalFile> originals) {
        this.disk = disk;
        this.originals = originals;
    }

    void run(List<FileTarget> targets) throws PatchException {
        String step = null;
        Path current = null;
        try {
            List<FileTarget> writes = targets.stream().filter(t -> t.writes() && !unchanged(t)).toList();
            List<Path> staged = new ArrayList<>();
            step = "write";
            for (FileTarget target : writes) {
                current = target.path();
                Path location = originals.get(target.path()).location();
                createParents(location.getParent());
                staged.add(stage(location, target.finalContent().getBytes(StandardCharsets.UTF_8),
                        permissions(target)));
            }
            for (int i = 0; i < writes.size(); i++) {
                OriginalFile original = originals.get(writes.get(i).path());
                current = original.path();
                disk.move(staged.get(i), original.location());
                stagedFiles.remove(staged.get(i));
                written.add(original);
            }
            step = "delete";
            for (FileTarget target : targets) {
                OriginalFile original = originals.get(target.path());
                if (!target.writes() && original.exists()) {
                    current = target.path();
                    disk.delete(target.path());
                    deleted.add(original);
                }
            }
        } catch (IOException | RuntimeException e) {
            List<Path> notRestored = rollback();
            throw failure(step, current, e, notRestored);
        }
    }

    private boolean unchanged(FileTarget target) {
        OriginalFile original = originals.get(target.path());
        return original.hasContent()
                && Arrays.equals(original.bytes(), target.finalContent().getBytes(StandardCharsets.UTF_8));
    }

    private Set<PosixFilePermission> permissions(FileTarget target) {
        OriginalFile from = originals.get(target.permissionsFrom());
        return from == null ? null : from.permissions();
    }

    private void createParents(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.addFirst(p);
        }
        for (Path p : missing) {
            disk.createDirectory(p);
            createdDirectories.add(p);
        }
    }

    /** Writes {@code bytes} to a new temporary file beside {@code destination}, so the final move stays on one disk. */
    private Path stage(Path destination, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path temp = destination.resolveSibling("." + destination.getFileName() + "." + random + ".patch-tmp");
        disk.writeNew(temp, bytes);
        stagedFiles.add(temp);
        if (permissions != null) {
            disk.setPermissions(temp, permissions);
        }
        return temp;
    }

    /** Undoes everything done so far; returns the paths that could not be put back. */
    private List<Path> rollback() {
        List<Path> notRestored = new ArrayList<>();
        for (Path temp : List.copyOf(stagedFiles)) {
            quietly(() -> disk.delete(temp));
        }
        for (OriginalFile original : deleted.reversed()) {
            if (!restore(original)) {
                notRestored.add(original.path());
            }
        }
        for (OriginalFile original : written.reversed()) {
            boolean ok = original.exists() ? restore(original) : quietly(() -> disk.delete(original.location()));
            if (!ok) {
                notRestored.add(original.path());
            }
        }
        for (Path dir : createdDirectories.reversed()) {
            quietly(() -> disk.delete(dir));
        }
        return notRestored;
    }

    private boolean restore(OriginalFile original) {
        if (original.linkTarget() != null && !Files.exists(original.path(), LinkOption.NOFOLLOW_LINKS)) {
            return quietly(() -> disk.createSymbolicLink(original.path(), original.linkTarget()));
        }
        if (!original.hasContent()) {
            return true;
        }
        return quietly(() -> {
            Path temp = stage(original.location(), original.bytes(), original.permissions());
            try {
                disk.move(temp, original.location());
            } finally {
                stagedFiles.remove(temp);
                Files.deleteIfExists(temp);
            }
        });
    }

    private static boolean quietly(IoAction action) {
        try {
            action.run();
            return true;
        } catch (DirectoryNotEmptyException e) {
            // A directory we created now holds something else: leave it.
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static PatchException failure(String step, Path path, Exception e, List<Path> notRestored) {
        StringBuilder message = new StringBuilder("Failed to ").append(step).append(' ').append(path).append(": ")
                .append(describe(e));
        if (notRestored.isEmpty()) {
            message.append(". No file was changed: everything already written was put back.");
        } else {
            message.append(". Putting the files back also failed for: ")
                    .append(String.join(", ", notRestored.stream().map(Path::toString).toList()))
                    .append("; check them before retrying.");
        }
        return new PatchException(Kind.IO_ERROR, message.toString(), path, e);
    }

    static String describe(Exception e) {
        String detail = e.getMessage();
        return e.getClass().getSimpleName() + (detail == null ? "" : " (" + detail + ")");
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
