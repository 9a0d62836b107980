package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellPatchInvocationTest {

    private static final String PATCH = "*** Begin Patch\n*** Add File: a.txt\n+it's here\n*** End Patch\n";

    @Test
    void heredocWithAQuotedDelimiter() {
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("apply_patch <<'EOF'\n" + PATCH + "EOF\n"));
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("apply_patch <<\"EOF\"\n" + PATCH + "EOF"));
    }

    @Test
    void heredocWithABareDelimiter() {
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("apply_patch <<EOF\n" + PATCH + "EOF\n"));
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("applypatch<<PATCH\n" + PATCH + "PATCH"));
    }

    @Test
    void heredocWithTabsStripped() {
        String indented = "\t*** Begin Patch\n\t*** Delete File: a\n\t*** End Patch\n";
        assertEquals(found("*** Begin Patch\n*** Delete File: a\n*** End Patch\n", null),
                ShellPatchInvocation.detect("apply_patch <<-'EOF'\n" + indented + "\tEOF\n"));
    }

    @Test
    void heredocWithoutItsClosingDelimiterRunsToTheEnd() {
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("apply_patch <<'EOF'\n" + PATCH));
    }

    @Test
    void cdFirst() {
        assertEquals(found(PATCH, "sub"), ShellPatchInvocation.detect("cd sub && apply_patch <<'EOF'\n" + PATCH
                + "EOF\n"));
        assertEquals(found(PATCH, "my dir"), ShellPatchInvocation.detect("cd 'my dir'&&apply_patch <<'EOF'\n"
                + PATCH + "EOF"));
    }

    @Test
    void patchAsOneQuotedArgument() {
        String singleQuoted = "'" + PATCH.replace("'", "'\"'\"'") + "'";
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect("apply_patch " + singleQuoted));
        String doubleQuoted = "\"" + PATCH.replace("\"", "\\\"") + "\"";
        assertEquals(found(PATCH, "x"), ShellPatchInvocation.detect("cd x && apply_patch " + doubleQuoted));
    }

    @Test
    void crlfScripts() {
        assertEquals(found(PATCH, null),
                ShellPatchInvocation.detect(("apply_patch <<'EOF'\n" + PATCH + "EOF\n").replace("\n", "\r\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ls -la",
        "",
        "echo apply_patch",
        "apply_patch",
        "apply_patch <<'EOF'",
        "apply_patch <<'EOF'\n*** Begin Patch\n*** End Patch\nEOF\nrm -rf build",
        "apply_patch '*** Begin Patch' && echo done",
        "apply_patch \"$PATCH\"",
        "apply_patch $(cat patch.txt)",
        "cd sub; apply_patch <<'EOF'\nx\nEOF",
        "cd $HOME && apply_patch <<'EOF'\nx\nEOF",
        "cat <<'EOF' | apply_patch\nx\nEOF",
        "git apply <<'EOF'\nx\nEOF",
    })
    void otherScriptsAreNotPatches(String script) {
        assertEquals(Optional.empty(), ShellPatchInvocation.detect(script));
    }

    @Test
    void execCommandLines() {
        assertEquals(found(PATCH, null), ShellPatchInvocation.detect(List.of("apply_patch", PATCH)));
        assertEquals(found(PATCH, "d"), ShellPatchInvocation.detect(
                List.of("/bin/bash", "-lc", "cd d && apply_patch <<'EOF'\n" + PATCH + "EOF")));
        assertEquals(Optional.empty(), ShellPatchInvocation.detect(List.of("bash", "-lc", "make")));
        assertEquals(Optional.empty(), ShellPatchInvocation.detect(List.of("python", "-c", "apply_patch 'x'")));
    }

    @Test
    void theDetectedPatchParses() throws PatchException {
        String patch = ShellPatchInvocation.detect("apply_patch <<'EOF'\n" + PATCH + "EOF\n").orElseThrow().patch();

        assertEquals(List.of(new FileOp.Add("a.txt", "it's here\n")), PatchParser.parse(patch).ops());
    }

    private static Optional<ShellPatch> found(String patch, String cd) {
        return Optional.of(new ShellPatch(patch, cd));
    }
}
