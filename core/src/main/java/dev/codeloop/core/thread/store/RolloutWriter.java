package dev.codeloop.core.thread.store;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends records to one thread's log. Each record is encoded in full and handed to the OS in a single
 * unbuffered write of line plus newline, so once {@link #append} returns the record survives the process
 * being killed, and a kill during the write can only leave a torn last line (which readers forgive).
 * Thread-safe; not synced to the device (a power loss may lose the latest records).
 *
 * <p>Plain stream I/O on purpose: a {@code FileChannel} closes itself when the calling thread has its
 * interrupt flag set, and turn threads do get interrupted.
 */
public final class RolloutWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RolloutWriter.class);

    private final Path path;
    private final FileOutputStream out;
    private final Clock clock;
    private boolean closed;

    private RolloutWriter(Path path, FileOutputStream out, Clock clock) {
        this.path = path;
        this.out = out;
        this.clock = clock;
    }

    /** Creates the log (and its directories) and writes the meta line; refuses to overwrite a file. */
    public static RolloutWriter create(Path file, ThreadMeta meta) {
        return create(file, meta, Clock.systemUTC());
    }

    public static RolloutWriter create(Path file, ThreadMeta meta, Clock clock) {
        FileOutputStream out;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(file); // atomic: fails if the file exists
            out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw failure("cannot create thread log", file, e);
        }
        RolloutWriter writer = new RolloutWriter(file, out, clock);
        try {
            writer.write(new RolloutRecord.Meta(meta));
        } catch (RuntimeException e) {
            writer.close();
            deleteQuietly(file);
            throw e;
        }
        return writer;
    }

    /** Opens an existing log to add records, first cutting off a torn last line left by a crash. */
    public static RolloutWriter openForAppend(Path file) {
        return openForAppend(file, Clock.systemUTC());
    }

    public static RolloutWriter openForAppend(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw failure("cannot open thread log", file, new NoSuchFileException(file.toString()));
        }
        try (RandomAccessFile repair = new RandomAccessFile(file.toFile(), "rw")) {
            long size = repair.length();
            long intact = TornTail.intactLength(file, repair);
            if (intact < size) {
                log.warn("thread log {}: dropping a torn last line ({} bytes) before appending", file, size - intact);
                repair.setLength(intact);
            }
        } catch (IOException e) {
            throw failure("cannot open thread log", file, e);
        }
        try {
            return new RolloutWriter(file, new FileOutputStream(file.toFile(), true), clock);
        } catch (IOException e) {
            throw failure("cannot open thread log", file, e);
        }
    }

    /** Appends one record; a {@link RolloutRecord.Meta} is refused (it is written by {@link #create}). */
    public void append(RolloutRecord record) {
        if (record instanceof RolloutRecord.Meta) {
            throw new IllegalArgumentException("session_meta is written once, by create()");
        }
        write(record);
    }

    /** Appends each record in order, one write per record. */
    public void appendAll(List<? extends RolloutRecord> records) {
        records.forEach(this::append);
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw failure("cannot close thread log", path, e);
        }
    }

    private synchronized void write(RolloutRecord record) {
        if (closed) {
            throw new IllegalStateException("the writer of thread log " + path + " is closed");
        }
        byte[] bytes = (RolloutLine.encode(clock.millis(), record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes); // one write(2) of the whole line; FileOutputStream has no buffer to flush
        } catch (IOException e) {
            throw failure("cannot append to thread log", path, e);
        }
    }

    private static UncheckedIOException failure(String what, Path file, IOException e) {
        return new UncheckedIOException(what + " " + file + ": " + e, e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot remove half-created thread log {}: {}", file, e.toString());
        }
    }
}
