package dev.codeloop.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelFacingExecOutputTest {

    private static ExecResult result(int exitCode, String output, long millis, Termination termination) {
        return new ExecResult(exitCode, output, Duration.ofMillis(millis), termination, output.length(), 42);
    }

    @Test
    void formatsANormalExit() {
        assertEquals("Exit code: 0\nWall time: 0.1 seconds\nOutput:\nhi\n",
                ModelFacingExecOutput.format(result(0, "hi\n", 100, Termination.EXITED), 1000));
        assertEquals("Exit code: 2\nWall time: 12.3 seconds\nOutput:\n",
                ModelFacingExecOutput.format(result(2, "", 12_345, Termination.EXITED), 1000));
    }

    @Test
    void appendsTheTimeoutAfterTheOutput() {
        assertEquals("Exit code: 124\nWall time: 10.0 seconds\nOutput:\npartial\ncommand timed out after 10000 milliseconds",
                ModelFacingExecOutput.format(result(124, "partial", 10_000, Termination.TIMED_OUT), 1000));
    }

    @Test
    void appendsTheAbort() {
        assertEquals("Exit code: 130\nWall time: 1.2 seconds\nOutput:\nline\ncommand aborted by user",
                ModelFacingExecOutput.format(result(130, "line\n", 1_234, Termination.CANCELLED), 1000));
    }

    @Test
    void putsTheLineCountInTheHeaderWhenTruncated() {
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            output.append("line").append(i).append('\n');
        }
        assertEquals("Exit code: 0\nWall time: 0.0 seconds\nTotal output lines: 10\nOutput:\n"
                        + "line0\nline1\n…36 chars truncated…\nline8\nline9\n",
                ModelFacingExecOutput.format(result(0, output.toString(), 20, Termination.EXITED), 24));
    }

    @Test
    void keepsTheTimeoutLineThroughTruncation() {
        String formatted = ModelFacingExecOutput.format(result(124, "x".repeat(10_000), 500, Termination.TIMED_OUT), 100);
        assertEquals(true, formatted.endsWith("\ncommand timed out after 500 milliseconds"), formatted);
    }
}
