package dev.codeloop.protocol.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of generated text files (file name → content) that live together in one directory, all with one
 * extension.
 */
public record GeneratedFiles(String extension, SortedMap<String, String> files) {

    public GeneratedFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Writes the files into {@code dir} (created if needed), leaving its other files alone. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (var file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code dir} hold exactly these files of this extension: writes them and deletes the others (for a
     * directory that holds only generated files, such as the checked-in schema, so a removed type leaves no
     * stale file).
     */
    public void replaceIn(Path dir) {
        try {
            for (Path stale : list(dir, extension)) {
                if (!files.containsKey(stale.getFileName().toString())) {
                    Files.delete(stale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeTo(dir);
    }

    /** The files of this extension in {@code dir} (none if it does not exist). */
    public static GeneratedFiles readFrom(Path dir, String extension) {
        SortedMap<String, String> files = new TreeMap<>();
        try {
            for (Path file : list(dir, extension)) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedFiles(extension, files);
    }

    /** Human-readable differences from {@code other} ("missing X", "extra Y", "differs: Z"); empty if equal. */
    public List<String> differencesFrom(GeneratedFiles other) {
        List<String> out = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!other.files.containsKey(name)) {
                out.add("missing " + name);
            } else if (!other.files.get(name).equals(files.get(name))) {
                out.add("differs: " + name);
            }
        }
        for (String name : other.files.keySet()) {
            if (!files.containsKey(name)) {
                out.add("extra " + name);
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, String extension) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
    }
}
