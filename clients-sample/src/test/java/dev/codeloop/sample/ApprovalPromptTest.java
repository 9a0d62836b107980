package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalPromptTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final EventPrinter printer = new EventPrinter(Ansi.PLAIN, out, 40);

    private static final String COMMAND_REQUEST = "{'command':'/bin/bash -lc `touch a.txt`','cwd':'/ws','itemId':'call_1',"
            + "'reason':'needs to write outside the sandbox'}";

    @Test
    void typedAnswersMapToProtocolDecisions() {
        assertEquals("accept", ApprovalPrompt.decisionFor("y"));
        assertEquals("accept", ApprovalPrompt.decisionFor(" Yes "));
        assertEquals("decline", ApprovalPrompt.decisionFor("n"));
        assertEquals("acceptForSession", ApprovalPrompt.decisionFor("a"));
        assertEquals("cancel", ApprovalPrompt.decisionFor("C"));
        assertNull(ApprovalPrompt.decisionFor("maybe"));
    }

    @Test
    void withoutATerminalItDeclinesAndSaysSo() {
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, null);

        String decision = prompt.onServerRequest("item/commandExecution/requestApproval", Events.json(COMMAND_REQUEST))
                .path("decision").asString();

        assertEquals("decline", decision);
        assertEquals("""
                ? The agent wants to run touch a.txt in /ws
                  reason: needs to write outside the sandbox
                  declined: not an interactive terminal, so nobody can approve it
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void asksAgainUntilTheAnswerIsUnderstood() {
        ArrayDeque<String> answers = new ArrayDeque<>(List.of("maybe", "a"));
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, answers::poll);

        String decision = prompt.onServerRequest("item/commandExecution/requestApproval", Events.json(COMMAND_REQUEST))
                .path("decision").asString();

        assertEquals("acceptForSession", decision);
        assertEquals("? The agent wants to run touch a.txt in /ws\n"
                + "  reason: needs to write outside the sandbox\n"
                + ApprovalPrompt.QUESTION + "  please answer y, n, a or c\n"
                + ApprovalPrompt.QUESTION, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileChangeRequestListsTheFilesOfItsItem() {
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, () -> "y");
        prompt.onNotification("thread/started", Events.json("{'thread':{'id':'th1','cwd':'/ws'}}"));
        prompt.onNotification("item/started", Events.json("{'item':{'type':'fileChange','id':'call_patch_1',"
                + "'status':'inProgress','changes':[{'path':'/ws/NOTES.md','kind':{'type':'add'},'diff':'# Notes\\n'},"
                + "{'path':'/ws/hello.py','kind':{'type':'update','move_path':null},'diff':''}]}}"));

        String decision = prompt.onServerRequest("item/fileChange/requestApproval", Events.json(
                "{'threadId':'th1','turnId':'t1','itemId':'call_patch_1','reason':'adds notes','grantRoot':null}"))
                .path("decision").asString();

        assertEquals("accept", decision);
        assertEquals("""
                ? The agent wants to edit 2 files
                    A NOTES.md
                    M hello.py
                  reason: adds notes
                """ + ApprovalPrompt.QUESTION, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileChangeWhoseFilesAreUnknownIsStillAskedAbout() {
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, null);
        prompt.onNotification("item/started", Events.json("{'item':{'type':'fileChange','id':'p1','changes':[]}}"));
        prompt.onNotification("item/completed", Events.json("{'item':{'type':'fileChange','id':'p1','changes':[]}}"));

        String decision = prompt.onServerRequest("item/fileChange/requestApproval",
                Events.json("{'itemId':'p1','reason':null,'grantRoot':'/ws'}")).path("decision").asString();

        assertEquals("decline", decision);
        assertEquals("""
                ? The agent wants to change files and allow writes under /ws (item p1: its files were not announced)
                  declined: not an interactive terminal, so nobody can approve it
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void acceptingUnattendedAcceptsAndSaysSo() {
        ApprovalPrompt prompt = ApprovalPrompt.acceptingUnattended(printer, Ansi.PLAIN, out);

        String decision = prompt.onServerRequest("item/commandExecution/requestApproval",
                Events.json("{'command':'ls -la','cwd':'/ws','itemId':'c1'}")).path("decision").asString();

        assertEquals("accept", decision);
        assertEquals("""
                ? The agent wants to run ls -la in /ws
                  accepted automatically (no terminal to ask)
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void endOfInputDeclines() {
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, () -> null);

        assertEquals("decline", prompt.onServerRequest("item/commandExecution/requestApproval",
                Events.json(COMMAND_REQUEST)).path("decision").asString());
    }

    @Test
    void otherRequestsAreRefused() {
        ApprovalPrompt prompt = new ApprovalPrompt(printer, Ansi.PLAIN, out, null);

        assertThrows(UnsupportedOperationException.class,
                () -> prompt.onServerRequest("item/tool/requestUserInput", Events.json("{}")));
    }
}
