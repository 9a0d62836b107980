package dev.codeloop.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.config.ApprovalPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bindsRootsParentFirstAndProtectsGitInsideThem() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ws")).toRealPath();
        Files.createDirectories(root.resolve(".git"));
        Path nested = Files.createDirectories(root.resolve("sub/deeper"));
        List<String> command = SandboxCommand.wrap(Path.of("/usr/bin/bwrap"), List.of("bash", "-lc", "ls"),
                List.of(nested, root, tmp.resolve("missing")), false, root);

        String joined = String.join(" ", command);
        assertTrue(joined.startsWith("/usr/bin/bwrap --new-session --die-with-parent --unshare-pid --unshare-net "
                + "--ro-bind / / --dev /dev --proc /proc"), joined);
        assertTrue(joined.indexOf("--bind " + root + " " + root) < joined.indexOf("--bind " + nested), joined);
        assertTrue(joined.contains("--ro-bind " + root.resolve(".git") + " " + root.resolve(".git")), joined);
        assertFalse(joined.contains("missing"), "a root that does not exist is not bound");
        assertTrue(joined.endsWith("--chdir " + root + " -- bash -lc ls"), joined);
    }

    @Test
    void networkAccessKeepsTheNetworkNamespace() {
        List<String> command = SandboxCommand.wrap(Path.of("bwrap"), List.of("true"), List.of(), true, tmp);
        assertFalse(command.contains("--unshare-net"));
    }

    @Test
    void protectedPathsAreInsideAProtectedDirectoryOfARoot() {
        Path root = tmp.resolve("ws");
        assertTrue(SandboxCommand.isProtected(root.resolve(".git/config"), List.of(root)));
        assertTrue(SandboxCommand.isProtected(root.resolve(".codeloop/x"), List.of(root)));
        assertFalse(SandboxCommand.isProtected(root.resolve("src/.gitignore"), List.of(root)));
        assertFalse(SandboxCommand.isProtected(root.resolve("gitlike/.gitx"), List.of(root)));
    }

    @Test
    void deniedLooksAtFailuresOnlyAndNetworkMarkersOnlyWhenRestricted() {
        assertTrue(SandboxDenials.looksDenied(1, "touch: cannot touch 'a': Read-only file system", false));
        assertFalse(SandboxDenials.looksDenied(0, "Read-only file system", false));
        assertTrue(SandboxDenials.looksDenied(7, "curl: (7) Connection refused", true));
        assertFalse(SandboxDenials.looksDenied(7, "curl: (7) Connection refused", false));
        assertFalse(SandboxDenials.looksDenied(1, "AssertionError: expected 2", true));
    }

    @Test
    void missingBubblewrapIsReportedNotHidden() {
        Bubblewrap.Availability availability = Bubblewrap.availability(Map.of("PATH", tmp.toString()));
        Bubblewrap.Availability.Unavailable unavailable =
                assertInstanceOf(Bubblewrap.Availability.Unavailable.class, availability);
        assertTrue(unavailable.reason().contains("not found"), unavailable.reason());
    }

    @Test
    void denialNotesSayWhatTheModelCanDo() {
        SandboxPolicy readOnly = new SandboxPolicy.ReadOnly(false);
        assertTrue(Sandboxes.denialNote(readOnly, ApprovalPolicy.ON_REQUEST).contains("require_escalated"));
        assertTrue(Sandboxes.denialNote(readOnly, ApprovalPolicy.NEVER).contains("not available"));
        assertEquals(true, Sandboxes.enforced(readOnly));
        assertEquals(false, Sandboxes.enforced(new SandboxPolicy.DangerFullAccess()));
    }
}
