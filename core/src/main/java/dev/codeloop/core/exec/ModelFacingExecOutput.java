package dev.codeloop.core.exec;

import java.util.Locale;

/** Renders a finished command for the model, in the layout Codex uses for exec tool output. */
public final class ModelFacingExecOutput {

    private ModelFacingExecOutput() {
    }

    /**
     * <pre>
     * Exit code: 0
     * Wall time: 0.1 seconds
     * Total output lines: 1234      (only when the output was truncated)
     * Output:
     * &lt;output, bounded by {@link OutputTruncation#truncate} to maxBytes&gt;
     * </pre>
     * A timeout appends the line {@code command timed out after N milliseconds} (N is the measured wall
     * time, which is the timeout) and a cancel appends {@code command aborted by user}, after the output,
     * so they survive truncation.
     */
    public static String format(ExecResult result, int maxBytes) {
        OutputTruncation.Truncated output = OutputTruncation.truncate(withEnding(result), maxBytes);
        StringBuilder text = new StringBuilder()
                .append("Exit code: ").append(result.exitCode()).append('\n')
                .append("Wall time: ").append(wallTimeSeconds(result)).append(" seconds\n");
        if (output.truncated()) {
            text.append("Total output lines: ").append(output.totalLines()).append('\n');
        }
        return text.append("Output:\n").append(output.text()).toString();
    }

    private static String withEnding(ExecResult result) {
        String note = switch (result.termination()) {
            case EXITED -> null;
            case TIMED_OUT -> "command timed out after " + result.duration().toMillis() + " milliseconds";
            case CANCELLED -> "command aborted by user";
        };
        if (note == null) {
            return result.output();
        }
        String output = result.output();
        String separator = output.isEmpty() || output.endsWith("\n") ? "" : "\n";
        return output + separator + note;
    }

    private static String wallTimeSeconds(ExecResult result) {
        return String.format(Locale.ROOT, "%.1f", result.duration().toMillis() / 1000.0);
    }
}
