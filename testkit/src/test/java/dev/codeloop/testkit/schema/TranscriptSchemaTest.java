package dev.codeloop.testkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message of every golden Codex transcript must match the reference schema the same Codex generated. */
class TranscriptSchemaTest {

    private final CodexSchema schema = CodexSchema.reference();

    static List<String> transcripts() {
        return CodexTranscript.names();
    }

    @Test
    void allTranscriptsAreBundled() {
        assertEquals(19, transcripts().size(), transcripts().toString());
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void serverMessagesMatchReference(String name) {
        List<String> problems = new ArrayList<>();
        CodexTranscript transcript = CodexTranscript.load(name);
        assertFalse(transcript.serverEntries().isEmpty());
        for (CodexTranscript.Entry e : transcript.serverEntries()) {
            for (SchemaViolation v : schema.validateServerMessage(e.msg(), e.answersMethod())) {
                problems.add(describe(e) + " " + v);
            }
        }
        assertEquals(List.of(), problems, name);
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void clientMessagesMatchReference(String name) {
        List<String> problems = new ArrayList<>();
        for (CodexTranscript.Entry e : CodexTranscript.load(name).clientEntries()) {
            for (SchemaViolation v : schema.validateClientMessage(e.msg(), e.answersMethod())) {
                problems.add(describe(e) + " " + v);
            }
        }
        assertEquals(List.of(), problems, name);
    }

    private static String describe(CodexTranscript.Entry e) {
        String what = e.msg().has("method") ? e.msg().get("method").stringValue() : "response to " + e.answersMethod();
        return "[" + e.dir() + " " + what + "]";
    }
}
