package dev.codeloop.core.tools.patch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchPathsTest {

    @TempDir
    Path temp;

    private Path cwd;
    private Path outside;

    @BeforeEach
    void layout() throws Exception {
        cwd = Files.createDirectories(temp.resolve("work"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret\n");
    }

    @Test
    void resolvesRelativeAndAbsolutePaths() throws Exception {
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.roots(cwd));

        assertEquals(cwd.resolve("src/a.py"), paths.resolve("src/a.py"));
        assertEquals(cwd.resolve("b.py"), paths.resolve("./src/../b.py"));
        assertEquals(cwd.resolve("c.py"), paths.resolve(cwd.resolve("c.py").toString()));
    }

    @Test
    void refusesPathsThatLeaveTheRoots() {
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.roots(cwd));

        assertOutside(paths, "../x", temp.resolve("x"));
        assertOutside(paths, "a/../../etc/passwd", temp.resolve("etc/passwd"));
        assertOutside(paths, "/etc/x", Path.of("/etc/x"));
    }

    @Test
    void refusesASymlinkThatLeadsOut() throws Exception {
        Files.createSymbolicLink(cwd.resolve("link-to-outside"), outside);
        Files.createSymbolicLink(cwd.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.roots(cwd));

        PatchException e = assertOutside(paths, "link-to-outside/new/file.txt",
                cwd.resolve("link-to-outside/new/file.txt"));
        assertEquals("Refusing to write " + cwd.resolve("link-to-outside/new/file.txt") + " (it resolves to "
                + outside.toRealPath().resolve("new/file.txt") + "): it is outside the writable roots (" + cwd + ")",
                e.getMessage());
        assertOutside(paths, "secret-link.txt", cwd.resolve("secret-link.txt"));
    }

    @Test
    void symlinksThatStayInsideAreFine() throws Exception {
        Files.createDirectories(cwd.resolve("real"));
        Files.createSymbolicLink(cwd.resolve("alias"), cwd.resolve("real"));
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.roots(cwd));

        assertEquals(cwd.resolve("alias/f.txt"), paths.resolve("alias/f.txt"));
    }

    @Test
    void aRootGivenThroughASymlinkStillContainsItsFiles() throws Exception {
        Path linkedRoot = Files.createSymbolicLink(temp.resolve("work-link"), cwd);
        PatchPaths paths = new PatchPaths(linkedRoot, WritablePolicy.roots(linkedRoot));

        assertEquals(linkedRoot.resolve("f.txt"), paths.resolve("f.txt"));
    }

    @Test
    void anyOfSeveralRoots() throws Exception {
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.roots(cwd, outside));

        assertEquals(outside.resolve("x"), paths.resolve("../outside/x"));
        assertTrue(paths.isWritable(outside.resolve("secret.txt")));
        assertFalse(paths.isWritable(temp.resolve("other")));
    }

    @Test
    void unrestrictedAllowsAnything() throws Exception {
        Files.createSymbolicLink(cwd.resolve("link-to-outside"), outside);
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.UNRESTRICTED);

        assertEquals(temp.resolve("x"), paths.resolve("../x"));
        assertEquals(cwd.resolve("link-to-outside/f"), paths.resolve("link-to-outside/f"));
        assertEquals(Path.of("/etc/x"), paths.resolve("/etc/x"));
    }

    @Test
    void showsPathsRelativeToTheCwdWhenInside() {
        PatchPaths paths = new PatchPaths(cwd, WritablePolicy.UNRESTRICTED);

        assertEquals("src/a.py", paths.display(cwd.resolve("src/a.py")));
        assertEquals(outside.toString(), paths.display(outside));
    }

    @Test
    void theRefusalCarriesTheOffendingPath() {
        PatchException e = assertThrows(PatchException.class, () -> PatchPlanner.plan(
                PatchParser.parse("*** Begin Patch\n*** Add File: ../escape.txt\n+x\n*** End Patch"),
                cwd, WritablePolicy.roots(cwd)));

        assertEquals(PatchException.Kind.OUTSIDE_WRITABLE_ROOTS, e.kind());
        assertEquals(temp.resolve("escape.txt"), e.path());
        assertFalse(Files.exists(temp.resolve("escape.txt")));
    }

    private static PatchException assertOutside(PatchPaths paths, String raw, Path expected) {
        PatchException e = assertThrows(PatchException.class, () -> paths.resolve(raw), raw);
        assertEquals(PatchException.Kind.OUTSIDE_WRITABLE_ROOTS, e.kind(), raw);
        assertEquals(expected, e.path(), raw);
        return e;
    }
}
