package dev.codeloop.core.exec;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a child's merged output on its own thread: every chunk goes into the capture and, decoded, to
 * the listener as soon as one read returns it. Once the owner {@linkplain #detach detaches}, nothing more
 * reaches either, so a reader still blocked on a pipe that a leaked grandchild holds open cannot call the
 * listener after {@link ProcessRunner#run} returned.
 */
final class OutputPump {

    private static final Logger log = LoggerFactory.getLogger(OutputPump.class);
    private static final int READ_SIZE = 8192;

    private final InputStream in;
    private final HeadTailBuffer capture;
    private final ExecOutputListener listener;
    private final Utf8ChunkDecoder decoder = new Utf8ChunkDecoder();
    private final Object lock = new Object();
    private boolean detached;
    private boolean finished;
    private Thread thread;

    OutputPump(InputStream in, HeadTailBuffer capture, ExecOutputListener listener) {
        this.in = in;
        this.capture = capture;
        this.listener = listener;
    }

    void start(String threadName) {
        // A platform daemon thread: it may stay blocked in read() until a leaked grandchild lets go.
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::pump);
    }

    /**
     * Waits for end-of-output, giving up once no bytes have arrived for {@code quietGrace}: the main
     * process is gone, so anything still holding the pipe is a leftover background process. Output that
     * is still flowing (a backlog in the pipe, a slow listener) extends the wait.
     */
    void awaitEnd(Duration quietGrace) throws InterruptedException {
        long seenBefore = -1;
        while (thread.isAlive()) {
            long seen = bytesSeen();
            if (seen == seenBefore) {
                return;
            }
            seenBefore = seen;
            thread.join(quietGrace);
        }
    }

    /**
     * Stops all further delivery (flushing any half-decoded character first) and closes the stream so a
     * reader blocked on a leaked pipe ends at the next byte instead of living as long as the leak.
     */
    void detach() {
        synchronized (lock) {
            finishDecoding();
            detached = true;
        }
        try {
            in.close();
        } catch (IOException e) {
            log.debug("closing command output failed", e);
        }
    }

    private long bytesSeen() {
        synchronized (lock) {
            return capture.totalBytes();
        }
    }

    private void pump() {
        byte[] buffer = new byte[READ_SIZE];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (lock) {
                    if (detached) {
                        return;
                    }
                    capture.append(buffer, 0, n);
                    deliver(decoder.decode(buffer, 0, n));
                }
            }
        } catch (IOException e) {
            // Closed by detach() while blocked, or the pipe broke: either way the output is over.
        }
        synchronized (lock) {
            finishDecoding();
        }
    }

    /** Must hold {@code lock}. */
    private void finishDecoding() {
        if (!finished && !detached) {
            finished = true;
            deliver(decoder.finish());
        }
    }

    /** Must hold {@code lock}. */
    private void deliver(String chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            listener.onOutput(chunk);
        } catch (RuntimeException e) {
            log.warn("exec output listener failed; output keeps draining", e);
        }
    }
}
