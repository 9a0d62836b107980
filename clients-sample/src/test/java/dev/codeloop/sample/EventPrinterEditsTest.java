package dev.codeloop.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The printer on file changes, plans and the turn's diff; the events are shaped like Codex's (d_patch_*). */
class EventPrinterEditsTest {

    private final EventPrinter printer = new EventPrinter(Ansi.PLAIN, new PrintStream(new ByteArrayOutputStream()), 40);

    private static final String THREAD_STARTED = "{'thread':{'id':'th1','cwd':'/ws'}}";
    /** NOTES.md added, hello.py updated: the changes of Codex's d_patch_never transcript. */
    private static final String CHANGES = "'changes':["
            + "{'path':'/ws/NOTES.md','kind':{'type':'add'},'diff':'# Notes\\nEdited by the fake model.\\n'},"
            + "{'path':'/ws/hello.py','kind':{'type':'update','move_path':null},'diff':'@@ -1,3 +1,3 @@\\n"
            + " def greet(name):\\n-    return `Hello, ` + name\\n+    return f`Hello, {name}!`\\n \\n'}]";
    private static final String TURN_DIFF = "{'diff':'diff --git a/NOTES.md b/NOTES.md\\nnew file mode 100644\\n"
            + "--- /dev/null\\n+++ b/NOTES.md\\n@@ -0,0 +1,2 @@\\n+# Notes\\n+Edited by the fake model.\\n"
            + "diff --git a/hello.py b/hello.py\\n--- a/hello.py\\n+++ b/hello.py\\n@@ -1,5 +1,5 @@\\n"
            + " def greet(name):\\n-    return `Hello, ` + name\\n+    return f`Hello, {name}!`\\n \\n \\n"
            + " print(greet(`world`))\\n'}";

    @Test
    void anAppliedPatchListsTheFilesPreviewsUpdatesAndSumsUpTheTurnDiffOnce() {
        String text = Events.render(printer,
                "thread/started", THREAD_STARTED,
                "turn/started", "{'turn':{'id':'t1'}}",
                "item/started", "{'item':{'type':'fileChange','id':'call_patch_1'," + CHANGES + ",'status':'inProgress'}}",
                "item/completed", "{'item':{'type':'fileChange','id':'call_patch_1'," + CHANGES + ",'status':'completed'}}",
                "turn/diff/updated", TURN_DIFF,
                "item/completed", "{'item':{'type':'agentMessage','id':'m1','text':'Patched hello.py and added NOTES.md.'}}",
                "turn/diff/updated", TURN_DIFF,
                "turn/completed", "{'turn':{'id':'t1','status':'completed','durationMs':424}}");

        assertEquals("""
                ▶ turn started

                ✎ edit
                    A NOTES.md (+2)
                    M hello.py (+1 -1)
                  applied
                    hello.py
                      @@ -1,3 +1,3 @@
                       def greet(name):
                      -    return 'Hello, ' + name
                      +    return f'Hello, {name}!'

                Patched hello.py and added NOTES.md.

                diff: 2 files changed, 3 insertions(+), 1 deletion(-)
                ✓ turn completed in 0.4 s
                """, text);
    }

    @Test
    void aDeclinedPatchAfterAnApprovalPromptShowsItsHeaderAgain() {
        String started = Events.render(printer,
                "thread/started", THREAD_STARTED,
                "item/started", "{'item':{'type':'fileChange','id':'call_patch_1'," + CHANGES + ",'status':'inProgress'}}");
        String prompt = printer.interrupt(); // ApprovalPrompt asks here
        String completed = Events.render(printer,
                "item/completed", "{'item':{'type':'fileChange','id':'call_patch_1'," + CHANGES + ",'status':'declined'}}",
                "turn/completed", "{'turn':{'id':'t1','status':'completed','durationMs':171}}");

        assertEquals("""
                ✎ edit
                    A NOTES.md (+2)
                    M hello.py (+1 -1)
                """, started);
        assertEquals("\n", prompt);
        assertEquals("\n" + """
                ✎ edit
                  declined (no files were changed)

                ✓ turn completed in 0.2 s
                """, completed);
    }

    @Test
    void aFailedPatchSaysSoAndACompletionWithoutAStartStillListsTheFiles() {
        String text = Events.render(printer,
                "item/completed", "{'item':{'type':'fileChange','id':'p1','status':'failed','changes':["
                        + "{'path':'/ws/hello.py','kind':{'type':'update'},'diff':'@@ -1 +1 @@\\n-a\\n+b\\n'}]}}");

        assertEquals("""
                ✎ edit
                    M /ws/hello.py (+1 -1)
                  failed (the changes could not be applied)
                """, text);
    }

    @Test
    void movesDeletesAndPathsOutsideTheWorkspace() {
        String text = Events.render(printer,
                "thread/started", THREAD_STARTED,
                "item/started", "{'item':{'type':'fileChange','id':'p1','status':'inProgress','changes':["
                        + "{'path':'/ws/old.txt','kind':{'type':'delete'},'diff':'one\\ntwo\\nthree'},"
                        + "{'path':'/ws/src/a.py','kind':{'type':'update','move_path':'/ws/lib/b.py'},'diff':''},"
                        + "{'path':'/tmp/elsewhere.txt','kind':{'type':'add'},'diff':''}]}}");

        assertEquals("""
                ✎ edit
                    D old.txt (-3)
                    R src/a.py → lib/b.py (+0 -0)
                    A /tmp/elsewhere.txt (+0)
                """, text);
    }

    @Test
    void longDiffsArePreviewedAndTheRestIsCounted() {
        StringBuilder diff = new StringBuilder("@@ -1,25 +1,25 @@\\n");
        for (int i = 1; i <= 25; i++) {
            diff.append("-old ").append(i).append("\\n+new ").append(i).append("\\n");
        }
        String text = Events.render(printer,
                "item/completed", "{'item':{'type':'fileChange','id':'p1','status':'completed','changes':["
                        + "{'path':'big.txt','kind':{'type':'update'},'diff':'" + diff + "'}]}}");

        StringBuilder expected = new StringBuilder("""
                ✎ edit
                    M big.txt (+25 -25)
                  applied
                    big.txt
                      @@ -1,25 +1,25 @@
                """);
        for (int i = 1; i <= 10; i++) {
            expected.append("      -old ").append(i).append("\n");
            if (i < 10) {
                expected.append("      +new ").append(i).append("\n");
            }
        }
        expected.append("      … 31 more lines not shown\n");
        assertEquals(expected.toString(), text);
    }

    @Test
    void oneLineOverTheLimitIsShownRatherThanCounted() {
        StringBuilder diff = new StringBuilder("@@ -1,20 +1,20 @@\\n");
        for (int i = 1; i <= 20; i++) {
            diff.append(" line ").append(i).append("\\n");
        }
        String text = Events.render(printer,
                "item/completed", "{'item':{'type':'fileChange','id':'p1','status':'completed','changes':["
                        + "{'path':'same.txt','kind':{'type':'update'},'diff':'" + diff + "'}]}}");

        assertTrue(text.endsWith("       line 20\n"), text);
        assertFalse(text.contains("not shown"), text);
    }

    @Test
    void thePreviewIsColouredWhenColourIsOn() {
        EventPrinter colourful = new EventPrinter(Ansi.COLOR, new PrintStream(new ByteArrayOutputStream()), 40);
        String text = Events.render(colourful,
                "item/completed", "{'item':{'type':'fileChange','id':'p1','status':'completed','changes':["
                        + "{'path':'a.txt','kind':{'type':'update'},'diff':'@@ -1 +1 @@\\n-a\\n+b\\n'}]}}");

        assertEquals("\u001b[1m✎ edit\u001b[0m\n"
                + "    M a.txt\u001b[2m (+1 -1)\u001b[0m\n"
                + "  \u001b[32mapplied\u001b[0m\n"
                + "    a.txt\n"
                + "      \u001b[36m@@ -1 +1 @@\u001b[0m\n"
                + "      \u001b[31m-a\u001b[0m\n"
                + "      \u001b[32m+b\u001b[0m\n", text);
    }

    @Test
    void planUpdatesAreChecklists() {
        String text = Events.render(printer,
                "turn/plan/updated", "{'threadId':'th1','turnId':'t1','explanation':'The README asks for --shout.',"
                        + "'plan':[{'step':'Read src/hello.py','status':'completed'},"
                        + "{'step':'Add --shout and a test','status':'inProgress'},"
                        + "{'step':'Run the tests','status':'pending'}]}",
                "turn/plan/updated", "{'threadId':'th1','turnId':'t1','explanation':null,"
                        + "'plan':[{'step':'Run the tests','status':'completed'}]}");

        assertEquals("""
                ☰ plan  The README asks for --shout.
                    ☑ Read src/hello.py
                    ▶ Add --shout and a test
                    ☐ Run the tests

                ☰ plan
                    ☑ Run the tests
                """, text);
    }

    @Test
    void theDiffSummaryBelongsToItsTurn() {
        String text = Events.render(printer,
                "turn/started", "{'turn':{'id':'t1'}}",
                "turn/diff/updated", TURN_DIFF,
                "turn/completed", "{'turn':{'id':'t1','status':'completed','durationMs':100}}",
                "turn/started", "{'turn':{'id':'t2'}}",
                "turn/completed", "{'turn':{'id':'t2','status':'completed','durationMs':100}}");

        assertEquals("""
                ▶ turn started

                diff: 2 files changed, 3 insertions(+), 1 deletion(-)
                ✓ turn completed in 0.1 s

                ▶ turn started

                ✓ turn completed in 0.1 s
                """, text);
    }

    @Test
    void aCommandThatGoesOnAfterAnApprovalPromptShowsItsHeaderAgain() {
        String text = Events.render(printer,
                "item/started", "{'item':{'type':'commandExecution','id':'c1','command':'/bin/bash -lc `touch a.txt`'}}")
                + printer.interrupt() + "? (the approval prompt)\n"
                + Events.render(printer,
                "item/completed", "{'item':{'type':'commandExecution','id':'c1','command':'/bin/bash -lc `touch a.txt`',"
                        + "'status':'completed','aggregatedOutput':'','exitCode':0,'durationMs':3}}");

        assertEquals("""
                $ touch a.txt

                ? (the approval prompt)

                $ touch a.txt
                  exit 0 (0.0 s)
                """, text);
    }
}
