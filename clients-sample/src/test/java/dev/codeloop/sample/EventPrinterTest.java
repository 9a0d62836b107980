package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class EventPrinterTest {

    private final EventPrinter printer = new EventPrinter(Ansi.PLAIN, new PrintStream(new ByteArrayOutputStream()), 40);

    @Test
    void plainAnswerStreamsDeltasThenShowsTokensAndDuration() {
        String text = Events.render(printer,
                "turn/started", "{'turn':{'id':'t1','status':'inProgress'}}",
                "item/started", "{'item':{'type':'userMessage','id':'u1','content':[{'type':'text','text':'Say hi.'}]}}",
                "item/completed", "{'item':{'type':'userMessage','id':'u1','content':[{'type':'text','text':'Say hi.'}]}}",
                "item/started", "{'item':{'type':'agentMessage','id':'m1','text':''}}",
                "item/agentMessage/delta", "{'itemId':'m1','delta':'Hello '}",
                "item/agentMessage/delta", "{'itemId':'m1','delta':'world.'}",
                "item/completed", "{'item':{'type':'agentMessage','id':'m1','text':'Hello world.'}}",
                "thread/tokenUsage/updated", "{'tokenUsage':{'total':{'totalTokens':1210,'inputTokens':1200,"
                        + "'cachedInputTokens':0,'outputTokens':10,'reasoningOutputTokens':0},"
                        + "'last':{'totalTokens':1210,'inputTokens':1200,'cachedInputTokens':0,'outputTokens':10,"
                        + "'reasoningOutputTokens':0}}}",
                "thread/status/changed", "{'status':{'type':'idle'}}",
                "turn/completed", "{'turn':{'id':'t1','status':'completed','durationMs':1234}}");

        assertEquals("""
                ▶ turn started

                › Say hi.

                Hello world.

                tokens: 1,200 in · 10 out · 1,210 total
                ✓ turn completed in 1.2 s
                """, text);
    }

    @Test
    void commandShowsUnwrappedCommandIndentedOutputAndExitCode() {
        // As Codex does, the first chunk arrives only in aggregatedOutput; the printer shows it at the end.
        String text = Events.render(printer,
                "item/started", "{'item':{'type':'reasoning','id':'r1','summary':[],'content':[]}}",
                "item/reasoning/summaryTextDelta", "{'itemId':'r1','delta':'Listing files ','summaryIndex':0}",
                "item/reasoning/summaryTextDelta", "{'itemId':'r1','delta':'first.','summaryIndex':0}",
                "item/completed", "{'item':{'type':'reasoning','id':'r1','summary':['Listing files first.'],'content':[]}}",
                "item/started", "{'item':{'type':'commandExecution','id':'c1','command':'/bin/bash -lc `ls -la`',"
                        + "'status':'inProgress'}}",
                "item/commandExecution/outputDelta", "{'itemId':'c1','delta':'README.md\\nsrc'}",
                "item/commandExecution/outputDelta", "{'itemId':'c1','delta':'\\n'}",
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','command':'/bin/bash -lc `ls -la`',"
                        + "'status':'completed','aggregatedOutput':'README.md\\nsrc\\ntests\\n','exitCode':0,"
                        + "'durationMs':120}}",
                "item/started", "{'item':{'type':'commandExecution','id':'c2','command':'false','status':'inProgress'}}",
                "item/completed", "{'item':{'type':'commandExecution','id':'c2','command':'false','status':'failed',"
                        + "'aggregatedOutput':'','exitCode':1,'durationMs':5}}");

        assertEquals("""
                  thinking: Listing files first.

                $ ls -la
                    README.md
                    src
                    tests
                  exit 0 (0.1 s)

                $ false
                  exit 1 (0.0 s)
                """, text);
    }

    @Test
    void itemsCompletedWithoutStreamingAreShownWhole() {
        String text = Events.render(printer,
                "item/completed", "{'item':{'type':'reasoning','id':'r1','summary':['Plan.','Then act.'],'content':[]}}",
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','command':'echo hi',"
                        + "'status':'completed','aggregatedOutput':'hi\\n','exitCode':0,'durationMs':2000}}",
                "item/completed", "{'item':{'type':'agentMessage','id':'m1','text':'Line one.\\nLine two.'}}");

        assertEquals("""
                  thinking: Plan.

                  Then act.

                $ echo hi
                    hi
                  exit 0 (2.0 s)

                Line one.
                Line two.
                """, text);
    }

    @Test
    void retriesAreWarningsAndTheFinalErrorIsNotRepeatedAtTheEnd() {
        String text = Events.render(printer,
                "turn/started", "{'turn':{'id':'t1'}}",
                "error", "{'error':{'message':'Reconnecting... 1/5','additionalDetails':'last status: 429'},'willRetry':true}",
                "error", "{'error':{'message':'exceeded retry limit, last status: 429 Too Many Requests',"
                        + "'additionalDetails':null},'willRetry':false}",
                "turn/completed", "{'turn':{'id':'t1','status':'failed','durationMs':93,"
                        + "'error':{'message':'exceeded retry limit, last status: 429 Too Many Requests'}}}");

        assertEquals("""
                ▶ turn started

                ! Reconnecting... 1/5 — retrying…

                ✗ error: exceeded retry limit, last status: 429 Too Many Requests

                ✗ turn failed after 0.1 s
                """, text);
    }

    @Test
    void aFailedTurnWithoutAnErrorEventSaysWhy() {
        String text = Events.render(printer,
                "turn/completed", "{'turn':{'id':'t1','status':'failed','durationMs':null,'error':{'message':'model not found'}}}");

        assertEquals("✗ turn failed: model not found\n", text);
    }

    @Test
    void anInterruptedMessageEndsItsLineBeforeTheTurnEnds() {
        String text = Events.render(printer,
                "item/started", "{'item':{'type':'agentMessage','id':'m1','text':''}}",
                "item/agentMessage/delta", "{'itemId':'m1','delta':'Counting: 1, 2,'}",
                "turn/completed", "{'turn':{'id':'t1','status':'interrupted','durationMs':512}}");

        assertEquals("""
                Counting: 1, 2,

                ■ turn interrupted after 0.5 s
                """, text);
    }

    @Test
    void longCommandOutputIsCutAndCounted() {
        EventPrinter shortOutput = new EventPrinter(Ansi.PLAIN, new PrintStream(new ByteArrayOutputStream()), 2);
        String text = Events.render(shortOutput,
                "item/started", "{'item':{'type':'commandExecution','id':'c1','command':'seq 5'}}",
                "item/commandExecution/outputDelta", "{'itemId':'c1','delta':'1\\n2\\n3\\n4\\n5'}",
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','command':'seq 5','status':'completed',"
                        + "'aggregatedOutput':'1\\n2\\n3\\n4\\n5','exitCode':0,'durationMs':1}}");

        assertEquals("""
                $ seq 5
                    1
                    2
                    … 3 more lines not shown
                  exit 0 (0.0 s)
                """, text);
    }

    @Test
    void interruptEndsAHalfPrintedLineSoACallerCanPrint() {
        String streamed = Events.render(printer,
                "item/agentMessage/delta", "{'itemId':'m1','delta':'Let me check'}");

        assertEquals("Let me check", streamed);
        assertEquals("\n\n", printer.interrupt());
        assertEquals("", printer.render("item/agentMessage/delta", Events.json("{'itemId':'m1','delta':''}")));
    }

    @Test
    void unknownEventsPrintNothing() {
        assertEquals("", Events.render(printer,
                "account/rateLimits/updated", "{}",
                "item/started", "{'item':{'type':'webSearch','id':'w1'}}",
                "thread/readState/changed", "{}"));
    }

    @Test
    void colourWrapsPiecesAndResetsEachTime() {
        EventPrinter colourful = new EventPrinter(Ansi.COLOR, new PrintStream(new ByteArrayOutputStream()), 40);
        String text = Events.render(colourful,
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','command':'true','status':'completed',"
                        + "'aggregatedOutput':'','exitCode':0,'durationMs':100}}");

        assertEquals("\u001b[1m$ true\u001b[0m\n  \u001b[32mexit 0\u001b[0m\u001b[2m (0.1 s)\u001b[0m\n", text);
    }
}
