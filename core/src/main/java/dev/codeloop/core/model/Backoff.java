package dev.codeloop.core.model;

import dev.codeloop.core.concurrent.CancellationToken;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Exponential backoff with ±10% jitter (200 ms, 400 ms, 800 ms, …), and a sleep that a cancel ends early. */
public final class Backoff {

    private static final long BASE_MILLIS = 200;
    private static final long MAX_MILLIS = 60_000;

    private Backoff() {
    }

    /** The delay before retry number {@code attempt} (1-based). */
    public static Duration delay(int attempt) {
        long exponent = Math.min(Math.max(attempt - 1, 0), 20);
        long millis = Math.min(BASE_MILLIS << exponent, MAX_MILLIS);
        double jitter = ThreadLocalRandom.current().nextDouble(0.9, 1.1);
        return Duration.ofMillis(Math.round(millis * jitter));
    }

    /** Sleeps for {@code delay}; returns false if {@code cancel} fired first. */
    public static boolean sleep(Duration delay, CancellationToken cancel) {
        CountDownLatch cancelled = new CountDownLatch(1);
        try (CancellationToken.Registration ignored = cancel.onCancel(cancelled::countDown)) {
            return !cancelled.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return false;
        }
    }
}
