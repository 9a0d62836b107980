package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.protocol.ProtocolVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What CI checks on every build: the current schema breaks nothing that the latest release promised. Released
 * schemas live in {@code protocol-schema/schema/released/<version>/}.
 */
class ReleasedSchemaCompatibilityTest {

    @Test
    void currentSchemaIsCompatibleWithTheLatestRelease() {
        Path latest = CheckedInSchema.latestRelease();
        List<BreakingChange> changes = SchemaCompatibility.check(latest, CheckedInSchema.JSON);
        assertTrue(changes.isEmpty(), "breaking changes against released " + latest.getFileName()
                + " (the protocol only grows; add instead of changing):\n  " + String.join("\n  ",
                changes.stream().map(BreakingChange::toString).toList()));
    }

    @Test
    void latestReleaseIsNotNewerThanTheCurrentProtocolVersion() {
        String latest = CheckedInSchema.latestRelease().getFileName().toString();
        assertTrue(CheckedInSchema.versionKey(latest).compareTo(
                        CheckedInSchema.versionKey(ProtocolVersion.CURRENT)) <= 0,
                "released/" + latest + " is newer than ProtocolVersion.CURRENT " + ProtocolVersion.CURRENT);
    }

    @Test
    void releasesSortByVersionNotByText() {
        List<String> versions = new java.util.ArrayList<>(List.of("1.10.0", "1.9.3", "2.0.0", "1.2.11"));
        versions.sort(java.util.Comparator.comparing(CheckedInSchema::versionKey));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("1.2.11", "1.9.3", "1.10.0", "2.0.0"), versions);
    }
}
