package dev.codeloop.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.core.history.ResponseItem.CustomToolCall;
import dev.codeloop.core.history.ResponseItem.CustomToolCallOutput;
import dev.codeloop.core.history.ResponseItem.FunctionCall;
import dev.codeloop.core.history.ResponseItem.FunctionCallOutput;
import dev.codeloop.core.history.ResponseItem.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationHistoryTest {

    private final ConversationHistory history = new ConversationHistory();

    @Test
    void unansweredCallsGetAnAbortedOutputAppendedInCallOrder() {
        history.append(Message.userText("go"));
        history.append(new FunctionCall("call_1", "shell_command", "{}"));
        history.append(new FunctionCallOutput("call_1", "Exit code: 0"));
        history.append(new FunctionCall("call_2", "shell_command", "{}"));
        history.append(new CustomToolCall("call_3", "apply_patch", "*** Begin Patch"));

        history.answerUnansweredCalls();

        assertEquals(List.of(
                Message.userText("go"),
                new FunctionCall("call_1", "shell_command", "{}"),
                new FunctionCallOutput("call_1", "Exit code: 0"),
                new FunctionCall("call_2", "shell_command", "{}"),
                new CustomToolCall("call_3", "apply_patch", "*** Begin Patch"),
                new FunctionCallOutput("call_2", "aborted"),
                new CustomToolCallOutput("call_3", "aborted")), history.snapshot());
    }

    @Test
    void answeredCallsAreLeftAlone() {
        history.append(new CustomToolCall("call_1", "apply_patch", "x"));
        history.append(new CustomToolCallOutput("call_1", "Success."));
        List<ResponseItem> before = history.snapshot();

        history.answerUnansweredCalls();

        assertEquals(before, history.snapshot());
    }

    @Test
    void answeringTwiceAddsNothingTheSecondTime() {
        history.append(new FunctionCall("call_1", "shell_command", "{}"));
        history.answerUnansweredCalls();
        int size = history.size();

        history.answerUnansweredCalls();

        assertEquals(size, history.size());
    }

    @Test
    void snapshotsAreImmutableCopies() {
        history.append(Message.userText("one"));
        List<ResponseItem> snapshot = history.snapshot();
        history.append(Message.userText("two"));

        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(Message.userText("x")));
    }
}
