package dev.codeloop.protocol.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in schema ({@code protocol-schema/schema/}) and the method table in {@code app-server/README.md} are
 * exactly what the code generates now. Run with {@code -Dcodeloop.schema.write=true} to refresh them.
 */
class SchemaDriftTest {

    @Test
    void checkedInJsonSchemaIsCurrent() {
        assertCurrent(SchemaGenerator.generate(ProtocolSurface.STABLE), CheckedInSchema.JSON);
    }

    @Test
    void checkedInTypeScriptIsCurrent() {
        assertCurrent(TypeScriptGenerator.generate(ProtocolSurface.STABLE), CheckedInSchema.TYPESCRIPT);
    }

    @Test
    void appServerReadmeHasTheCurrentMethodTable() throws IOException {
        Path readme = CheckedInSchema.APP_SERVER_README;
        String text = Files.readString(readme);
        if (CheckedInSchema.WRITE) {
            Files.writeString(readme, MethodTable.replaceIn(text));
            return;
        }
        String section = MethodTable.sectionOf(text);
        assertNotNull(section, readme + " has no " + MethodTable.BEGIN + " … " + MethodTable.END + " section");
        assertEquals(MethodTable.markdown(), section, "the method table in " + readme + " is out of date.\n"
                + CheckedInSchema.HOW_TO_REGENERATE);
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(SchemaGenerator.generate(ProtocolSurface.STABLE),
                SchemaGenerator.generate(ProtocolSurface.STABLE));
        assertEquals(TypeScriptGenerator.generate(ProtocolSurface.EXPERIMENTAL),
                TypeScriptGenerator.generate(ProtocolSurface.EXPERIMENTAL));
    }

    private static void assertCurrent(GeneratedFiles generated, Path dir) {
        if (CheckedInSchema.WRITE) {
            generated.replaceIn(dir);
            return;
        }
        GeneratedFiles checkedIn = GeneratedFiles.readFrom(dir, generated.extension());
        List<String> differences = generated.differencesFrom(checkedIn);
        assertTrue(differences.isEmpty(), dir.toAbsolutePath() + " differs from the generated schema: "
                + differences + "\n" + CheckedInSchema.HOW_TO_REGENERATE);
    }
}
