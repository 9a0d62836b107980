package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApplyPatchGrammarTest {

    @Test
    void grammarStartsWithTheStartRuleAndNamesEveryMarker() {
        assertTrue(ApplyPatchGrammar.LARK.startsWith("start: begin_patch hunk+ end_patch\n"));
        for (String marker : List.of("*** Begin Patch", "*** End Patch", "*** Add File: ", "*** Delete File: ",
                "*** Update File: ", "*** Move to: ", "*** End of File", "\"@@\"")) {
            assertTrue(ApplyPatchGrammar.LARK.contains(marker), marker);
        }
    }

    @Test
    void everyRuleUsedIsDefinedOnce() {
        String grammar = ApplyPatchGrammar.LARK;
        Matcher definitions = Pattern.compile("(?m)^([a-zA-Z_]+):").matcher(grammar);
        List<String> defined = definitions.results().map(m -> m.group(1)).toList();
        assertEquals(defined.stream().distinct().toList(), defined);

        String bodies = grammar.replaceAll("(?m)^[a-zA-Z_]+:", "").replaceAll("\"[^\"]*\"|/[^/]*/", "");
        Matcher used = Pattern.compile("\\b[a-zA-Z_]+\\b").matcher(bodies);
        used.results().map(m -> m.group()).forEach(name -> assertTrue(defined.contains(name), name));
    }

    @Test
    void theInstructionsExampleIsAValidPatch() throws PatchException {
        String instructions = ApplyPatchGrammar.INSTRUCTIONS;
        String example = instructions.substring(instructions.lastIndexOf("*** Begin Patch"));

        Patch patch = PatchParser.parse(example);

        assertEquals(3, patch.ops().size());
    }
}
