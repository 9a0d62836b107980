package dev.codeloop.core.thread.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.Item;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written to a log reads back equal, and model history in exactly the Responses API shape. */
class RolloutRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void everyRecordKindRoundTrips() {
        Path file = tmp.resolve("sessions/2026/01/01/rollout-x.jsonl");
        List<RolloutRecord> records = Fixtures.everyRecord();
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.fullMeta())) {
            writer.appendAll(records);
        }

        RolloutFile read = RolloutReader.read(file);

        assertEquals(Fixtures.fullMeta(), read.meta());
        assertEquals(records, read.records());
        assertFalse(read.tornTail());
        assertEquals(file, read.path());
    }

    @Test
    void everyItemTypeKeepsEveryField() {
        for (Item item : Fixtures.everyItem()) {
            RolloutRecord record = new RolloutRecord.ItemCompleted("t", item);
            RolloutLine.Decoded decoded = RolloutLine.decode(RolloutLine.encode(Fixtures.T0, record));
            assertEquals(record, decoded.record(), () -> "item " + item.id());
        }
    }

    @Test
    void historyItemsAreStoredInTheResponsesApiShape() {
        List<String> expected = List.of(
                "{\"type\":\"message\",\"role\":\"developer\",\"content\":[{\"type\":\"input_text\","
                        + "\"text\":\"<permissions>\\nsandbox: workspace-write\\n</permissions>\"}]}",
                "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":"
                        + "\"fix the bug ✓ «ünïcode» 🚀 \u2028 \\t tab\"},{\"type\":\"input_image\","
                        + "\"image_url\":\"data:image/png;base64,iVBORw0KGgo=\"}]}",
                "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
                        + "\"text\":\"Done.\"}]}",
                "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\",\"text\":"
                        + "\"**Looking**\"},{\"type\":\"summary_text\",\"text\":\"second part\"}],"
                        + "\"encrypted_content\":\"gAAAAB-encrypted==\"}",
                "{\"type\":\"reasoning\",\"summary\":[]}",
                "{\"type\":\"function_call\",\"name\":\"shell\",\"arguments\":"
                        + "\"{\\\"command\\\":[\\\"ls\\\",\\\"-la\\\"]}\",\"call_id\":\"call_1\"}",
                "{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":"
                        + "\"{\\\"output\\\":\\\"a\\\\nb\\\",\\\"metadata\\\":{\\\"exit_code\\\":0}}\"}",
                "{\"type\":\"custom_tool_call\",\"call_id\":\"call_2\",\"name\":\"apply_patch\",\"input\":"
                        + "\"*** Begin Patch\\n*** End Patch\\n\"}",
                "{\"type\":\"custom_tool_call_output\",\"call_id\":\"call_2\",\"output\":"
                        + "\"Success. Updated the following files:\\nM a.txt\\n\"}");
        List<ResponseItem> items = Fixtures.everyResponseItem();
        for (int i = 0; i < items.size(); i++) {
            String json = StoreJson.write(ResponseItemJson.write(items.get(i)));
            assertEquals(expected.get(i), json);
            ResponseItem back = ResponseItemJson.read(StoreJson.parseObject(json));
            assertEquals(items.get(i), back);
            assertEquals(json, StoreJson.write(ResponseItemJson.write(back)));
        }
    }

    @Test
    void linesHaveTheEnvelopeShapeWithMillisecondUtcTimestamps() throws Exception {
        Path file = tmp.resolve("rollout.jsonl");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"), clock)) {
            writer.append(new RolloutRecord.RolledBack(2));
        }

        List<String> lines = Files.readAllLines(file);

        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith(
                "{\"timestamp\":\"2026-03-04T05:06:07.000Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"t1\","));
        assertEquals("{\"timestamp\":\"2026-03-04T05:06:07.000Z\",\"type\":\"thread_rolled_back\","
                + "\"payload\":{\"num_turns\":2}}", lines.get(1));
        assertEquals(Instant.parse("2026-03-04T05:06:07Z").toEpochMilli(), RolloutReader.read(file).updatedAtMs());
    }

    @Test
    void unknownKindsAreSkipped() throws Exception {
        Path file = tmp.resolve("rollout.jsonl");
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"))) {
            writer.append(new HistoryItem("turn-1", ResponseItem.Message.userText("before")));
        }
        Files.writeString(file, String.join("\n",
                "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"compacted\",\"payload\":{\"message\":\"x\"}}",
                "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"response_item\",\"payload\":"
                        + "{\"turn_id\":\"turn-1\",\"item\":{\"type\":\"web_search_call\"}}}",
                "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"item_completed\",\"payload\":"
                        + "{\"turn_id\":\"turn-1\",\"item\":{\"type\":\"mcp_tool_call\",\"id\":\"m1\"}}}",
                "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"turn_completed\",\"payload\":"
                        + "{\"turn_id\":\"turn-1\",\"status\":\"cancelled\",\"completed_at_ms\":1}}",
                ""), java.nio.file.StandardOpenOption.APPEND);
        try (RolloutWriter writer = RolloutWriter.openForAppend(file)) {
            writer.append(new HistoryItem("turn-1", ResponseItem.Message.userText("after")));
        }

        RolloutFile read = RolloutReader.read(file);

        assertEquals(List.of(new HistoryItem("turn-1", ResponseItem.Message.userText("before")),
                new HistoryItem("turn-1", ResponseItem.Message.userText("after"))), read.records());
        assertFalse(read.tornTail());
    }
}
