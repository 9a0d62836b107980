package dev.codeloop.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, min, max and percentiles of a sample. */
record Stats(int n, double median, double min, double max, double p99) {

    static Stats of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p99 = sorted.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1));
        return new Stats(n, median, sorted.get(0), sorted.get(n - 1), p99);
    }

    String format(String unit) {
        return String.format("median %.1f %s (min %.1f, max %.1f, n=%d)", median, unit, min, max, n);
    }

    /** For latencies: median and p99 first, with three decimals. */
    String formatLatency(String unit) {
        return String.format("median %.3f %s, p99 %.3f %s (min %.3f, max %.3f, n=%d)", median, unit, p99, unit, min,
                max, n);
    }
}
