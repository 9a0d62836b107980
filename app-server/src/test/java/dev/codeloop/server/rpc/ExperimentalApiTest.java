package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.approval.ApprovalDecision;
import dev.codeloop.protocol.approval.CommandExecutionRequestApprovalParams;
import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.CommandAction;
import dev.codeloop.protocol.thread.ThreadResumeParams;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

class ExperimentalApiTest {

    private static ThreadResumeParams resume(String path) {
        return new ThreadResumeParams("t1", null, null, null, null, null, null, null, null, null, null, null, path);
    }

    @Test
    void experimentalMethodIsRefusedByName() {
        ResponseErrorException e = assertThrows(ResponseErrorException.class,
                () -> ExperimentalApi.checkMethod(Methods.THREAD_ROLLBACK));
        assertEquals(-32600, e.getResponseError().getCode());
        assertEquals("thread/rollback requires experimentalApi capability", e.getResponseError().getMessage());
        assertDoesNotThrow(() -> ExperimentalApi.checkMethod(Methods.THREAD_RESUME));
    }

    @Test
    void setExperimentalFieldIsRefusedByItsDescriptorAndUnsetOneIsNot() {
        ResponseErrorException e = assertThrows(ResponseErrorException.class,
                () -> ExperimentalApi.checkParams(resume("/x/rollout.jsonl")));
        assertEquals("thread/resume.path requires experimentalApi capability", e.getResponseError().getMessage());
        assertDoesNotThrow(() -> ExperimentalApi.checkParams(resume(null)));
        assertDoesNotThrow(() -> ExperimentalApi.checkParams(null));
    }

    @Test
    void stripLeavesOutExperimentalFieldsAndKeepsTheRest() {
        CommandExecutionRequestApprovalParams full = new CommandExecutionRequestApprovalParams("t", "u", "i", 5L,
                "command", null, "why", "ls", "/w", List.of(new CommandAction.ListFiles("ls", "/w")),
                List.of(ApprovalDecision.ACCEPT));
        CommandExecutionRequestApprovalParams stripped = ExperimentalApi.strip(full);
        assertNull(stripped.availableDecisions());
        assertEquals(full.command(), stripped.command());
        assertEquals(full.commandActions(), stripped.commandActions());
        assertEquals(5L, stripped.startedAtMs());
    }

    @Test
    void typesWithoutExperimentalFieldsPassThroughUntouched() {
        AgentMessageDeltaNotification delta = new AgentMessageDeltaNotification("t", "u", "i", "hi");
        assertSame(delta, ExperimentalApi.strip(delta));
    }
}
