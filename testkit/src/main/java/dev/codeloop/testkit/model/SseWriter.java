package dev.codeloop.testkit.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.SocketHandler;
import okio.BufferedSink;
import okio.Okio;
import okio.Socket;

/**
 * Writes one scripted SSE stream as a chunked HTTP body, after MockWebServer has sent the headers.
 * We frame the chunks ourselves so each event is flushed on its own (clients see deltas arrive over time)
 * and so a cut can leave the body truncated mid-stream, like a dropped network connection.
 * Every wait also watches the server's shutdown latch, so closing the server never hangs on a stall.
 */
final class SseWriter implements SocketHandler {
    private final SseStream stream;
    private final RecordedModelRequest exchange;
    private final CountDownLatch shutdown;

    SseWriter(SseStream stream, RecordedModelRequest exchange, CountDownLatch shutdown) {
        this.stream = stream;
        this.exchange = exchange;
        this.shutdown = shutdown;
    }

    @Override
    public void handle(Socket socket) {
        BufferedSink sink = Okio.buffer(socket.getSink());
        try {
            if (writeSteps(sink)) {
                end(socket, sink);
            } else {
                socket.cancel(); // server shutting down mid-stream
            }
        } catch (IOException e) {
            socket.cancel(); // the client went away; nothing left to write to
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socket.cancel();
        } finally {
            exchange.markAnswerWritten();
        }
    }

    /** Returns false if the server shut down before every event was written. */
    private boolean writeSteps(BufferedSink sink) throws IOException, InterruptedException {
        int written = 0;
        for (StreamStep step : stream.steps()) {
            switch (step) {
                case StreamStep.Pause pause -> {
                    if (!sleep(pause.duration())) {
                        return false;
                    }
                }
                case StreamStep.Emit emit -> {
                    if (written > 0 && !sleep(stream.eventDelay())) {
                        return false;
                    }
                    writeEvent(sink, emit.event(), written++);
                }
            }
        }
        return true;
    }

    private void writeEvent(BufferedSink sink, SseEvent event, int index) throws IOException {
        byte[] bytes = event.wireText().getBytes(StandardCharsets.UTF_8);
        // Recorded before the write so a client that has read the event always finds its timestamp.
        exchange.recordWrite(new WrittenEvent(index, event.name(), System.nanoTime()));
        sink.writeHexadecimalUnsignedLong(bytes.length).writeUtf8("\r\n").write(bytes).writeUtf8("\r\n");
        sink.flush();
    }

    private void end(Socket socket, BufferedSink sink) throws IOException, InterruptedException {
        switch (stream.ending()) {
            case StreamEnding.Finish finish -> {
                sink.writeUtf8("0\r\n\r\n"); // last chunk + empty trailers: the connection stays reusable
                sink.flush();
            }
            case StreamEnding.Drop drop -> cutAfter(drop.grace(), socket, sink);
            case StreamEnding.Stall stall -> {
                if (stall.duration() == null) {
                    shutdown.await();
                    socket.cancel();
                } else {
                    cutAfter(stall.duration(), socket, sink);
                }
            }
        }
    }

    /**
     * Ends the body without its last chunk: a FIN after the bytes already sent, so the client reads them and
     * then hits end of input mid-body. On server shutdown the socket is simply closed.
     */
    private void cutAfter(Duration wait, Socket socket, BufferedSink sink) throws IOException, InterruptedException {
        if (sleep(wait)) {
            sink.close(); // shuts down output only; MockWebServer closes the socket once the client hangs up
        } else {
            socket.cancel();
        }
    }

    /** Sleeps, returning false early if the server is shutting down. */
    private boolean sleep(Duration duration) throws InterruptedException {
        if (duration.isZero()) {
            return shutdown.getCount() > 0;
        }
        return !shutdown.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }
}
