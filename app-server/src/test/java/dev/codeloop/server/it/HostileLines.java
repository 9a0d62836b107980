package dev.codeloop.server.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A seeded generator of malformed and hostile input lines, each with the answer the server owes it:
 * an answer carrying the line's request id, one error with a null id (the line could not be read as a request
 * with an id), or nothing (notifications, responses, blank lines).
 */
final class HostileLines {

    /** What the server must answer to a line. */
    sealed interface Expect {
        record AnswerTo(String idKey) implements Expect {
        }

        record NullIdError() implements Expect {
        }

        record Nothing() implements Expect {
        }
    }

    record Line(String kind, byte[] bytes, Expect expect) {
    }

    private static final String[] METHODS = {"thread/list", "thread/read", "thread/start", "turn/start",
            "turn/interrupt", "thread/resume", "thread/fork", "thread/archive", "thread/unarchive", "thread/name/set",
            "thread/unsubscribe", "thread/loaded/list", "thread/rollback", "initialize", "no/such/method", "",
            "$/cancelRequest", "THREAD/LIST", "thread/list ", "\u00fcn\u00efc\u00f8d\u00e9/\uD83D\uDE80"};
    private static final String[] WRONG_VALUES = {"5", "-1", "1e309", "\"x\"", "true", "null", "[]", "[1,2]", "{}",
            "{\"a\":{}}", "\"\\u0000\"", "\"\\ud800\"", "1.5", "99999999999999999999999"};
    private static final String[] PARAM_NAMES = {"threadId", "turnId", "cwd", "limit", "cursor", "input", "model",
            "approvalPolicy", "sandbox", "includeTurns", "name", "numTurns", "clientInfo", "capabilities",
            "searchTerm", "sortKey", "ephemeral", "config"};

    private final Random random;
    private final int lineCap;
    private long nextId = 1_000_000;

    HostileLines(long seed, int lineCap) {
        this.random = new Random(seed);
        this.lineCap = lineCap;
    }

    /** One line; {@code huge} asks for a multi-megabyte one, near or over the limit (rare: they cost time). */
    Line next(boolean huge) {
        int kind = huge ? 20 + random.nextInt(2) : random.nextInt(20);
        return switch (kind) {
            case 0, 1 -> truncatedJson();
            case 2 -> garbage();
            case 3, 4 -> wrongParams();
            case 5 -> unknownMethod();
            case 6 -> notification();
            case 7 -> responseNeverAsked();
            case 8 -> badIdType();
            case 9 -> batch();
            case 10 -> nullsEverywhere();
            case 11 -> invalidUtf8InString();
            case 12 -> invalidUtf8Outside();
            case 13 -> deepNesting();
            case 14 -> longStrings();
            case 15 -> nonObjectJson();
            case 16 -> idOnly();
            case 17 -> controlCharacters();
            case 18 -> duplicateKeysAndExtras();
            case 19 -> blank();
            case 20 -> nearTheCap();
            default -> overTheCap();
        };
    }

    // ---- requests with a readable id: the server answers that id ----

    private Line wrongParams() {
        String id = id();
        String method = pick(METHODS);
        String params = switch (random.nextInt(4)) {
            case 0 -> pick(WRONG_VALUES);
            case 1 -> "{\"" + pick(PARAM_NAMES) + "\":" + pick(WRONG_VALUES) + "}";
            case 2 -> "{\"" + pick(PARAM_NAMES) + "\":" + pick(WRONG_VALUES) + ",\"" + pick(PARAM_NAMES) + "\":"
                    + pick(WRONG_VALUES) + "}";
            default -> "{\"threadId\":\"" + randomText(12) + "\",\"turnId\":" + pick(WRONG_VALUES) + "}";
        };
        return answered("wrong params", "{\"id\":" + id + ",\"method\":" + quote(method) + ",\"params\":" + params + "}",
                id);
    }

    private Line unknownMethod() {
        String id = id();
        String method = random.nextBoolean() ? "x/" + randomText(random.nextInt(40)) : pick(METHODS) + "/nope";
        return answered("unknown method", "{\"method\":" + quote(method) + ",\"id\":" + id + "}", id);
    }

    private Line nullsEverywhere() {
        String id = id();
        return switch (random.nextInt(3)) {
            case 0 -> answered("null method", "{\"id\":" + id + ",\"method\":null}", id);
            case 1 -> answered("null params", "{\"id\":" + id + ",\"method\":\"thread/list\",\"params\":null}", id);
            default -> new Line("null id", bytes("{\"id\":null,\"method\":\"thread/list\"}"), new Expect.Nothing());
        };
    }

    private Line invalidUtf8InString() {
        String id = id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("{\"id\":" + id + ",\"method\":\"thread/list\",\"params\":{\"searchTerm\":\""));
        out.writeBytes(invalidUtf8());
        out.writeBytes(bytes("\"}}"));
        return new Line("invalid UTF-8 in a string", out.toByteArray(), answerTo(id));
    }

    private Line longStrings() {
        String id = id();
        int length = 1000 + random.nextInt(200_000);
        String text = "a".repeat(length);
        return random.nextBoolean()
                ? answered("long method", "{\"id\":" + id + ",\"method\":\"" + text + "\"}", id)
                : answered("long param", "{\"id\":" + id + ",\"method\":\"thread/read\",\"params\":{\"threadId\":\""
                        + text + "\"}}", id);
    }

    private Line idOnly() {
        String id = id();
        return answered("id only", "{\"id\":" + id + (random.nextBoolean() ? ",\"params\":{}" : "") + "}", id);
    }

    private Line duplicateKeysAndExtras() {
        String id = id();
        return answered("extras", "{\"jsonrpc\":\"1.0\",\"id\":" + id + ",\"method\":\"thread/loaded/list\","
                + "\"params\":{\"limit\":1,\"extra\":[" + pick(WRONG_VALUES) + "]},\"result\":5,\"x\":{}}", id);
    }

    private Line nearTheCap() {
        String id = id();
        String prefix = "{\"id\":" + id + ",\"method\":\"thread/list\",\"params\":{\"searchTerm\":\"";
        String suffix = "\"}}";
        int fill = lineCap - prefix.length() - suffix.length() - random.nextInt(1000);
        return answered("near the size limit", prefix + "z".repeat(fill) + suffix, id);
    }

    // ---- lines that cannot be read as a request with an id: one error, id null ----

    private Line truncatedJson() {
        String whole = "{\"id\":" + id() + ",\"method\":\"thread/list\",\"params\":{\"limit\":3,\"cwd\":\"/tmp\"}}";
        int cut = 1 + random.nextInt(whole.length() - 1);
        return nullError("truncated JSON", whole.substring(0, cut));
    }

    private Line garbage() {
        return nullError("garbage", "@" + randomText(random.nextInt(300)));
    }

    private Line badIdType() {
        String id = switch (random.nextInt(6)) {
            case 0 -> "1.5";
            case 1 -> "true";
            case 2 -> "{\"n\":1}";
            case 3 -> "[1]";
            case 4 -> "123456789012345678901234567890";
            default -> "2.0";
        };
        return random.nextBoolean()
                ? nullError("bad id type", "{\"id\":" + id + ",\"method\":\"thread/list\"}")
                : nullError("bad id type in a response", "{\"id\":" + id + ",\"result\":{}}");
    }

    private Line batch() {
        return nullError("batch", random.nextBoolean() ? "[]"
                : "[{\"id\":" + id() + ",\"method\":\"thread/list\"},{\"method\":\"initialized\"}]");
    }

    private Line invalidUtf8Outside() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("{\"id\":" + id() + ","));
        out.writeBytes(invalidUtf8());
        out.writeBytes(bytes(":1}"));
        return new Line("invalid UTF-8 outside strings", out.toByteArray(), new Expect.NullIdError());
    }

    private Line deepNesting() {
        int depth = 10_000 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return nullError("deep nesting", "{\"id\":" + id() + ",\"method\":\"thread/list\",\"params\":"
                + open.repeat(depth) + "1" + close.repeat(depth) + "}");
    }

    private Line nonObjectJson() {
        return nullError("not an object", switch (random.nextInt(5)) {
            case 0 -> "null";
            case 1 -> "42";
            case 2 -> "\"thread/list\"";
            case 3 -> "true";
            default -> "{}";
        });
    }

    private Line controlCharacters() {
        return nullError("raw control characters", "{\"id\":" + id() + ",\"method\":\"thread/list\u0001\u0002\"}");
    }

    private Line overTheCap() {
        int length = lineCap + 1 + random.nextInt(2 * 1024 * 1024);
        return nullError("over the size limit", "{\"id\":" + id() + ",\"method\":\"" + "o".repeat(length) + "\"}");
    }

    // ---- lines owed nothing ----

    private Line notification() {
        return new Line("notification", bytes(random.nextBoolean()
                ? "{\"method\":" + quote(pick(METHODS)) + ",\"params\":" + pick(WRONG_VALUES) + "}"
                : "{\"method\":\"$/cancelRequest\",\"params\":{\"id\":" + (nextId - 1) + "}}"), new Expect.Nothing());
    }

    private Line responseNeverAsked() {
        String id = random.nextBoolean() ? Long.toString(500_000 + random.nextInt(1000)) : quote("never-" + randomText(8));
        String body = random.nextBoolean() ? "\"result\":" + pick(WRONG_VALUES)
                : "\"error\":{\"code\":" + pick(WRONG_VALUES) + ",\"message\":" + pick(WRONG_VALUES) + "}";
        return new Line("response to an id never sent", bytes("{\"id\":" + id + "," + body + "}"), new Expect.Nothing());
    }

    private Line blank() {
        return new Line("blank", bytes(random.nextBoolean() ? "" : "   \t "), new Expect.Nothing());
    }

    // ---- helpers ----

    /** A fresh id, an integer or a string; the key under which its answer is expected. */
    private String id() {
        long n = nextId++;
        return switch (random.nextInt(4)) {
            case 0 -> quote("s-" + n);
            case 1 -> "-" + n;
            default -> Long.toString(n);
        };
    }

    /** The key of an id as written: the answer echoes it with the same JSON type. */
    static String key(String idJson) {
        return idJson.startsWith("\"") ? "s:" + idJson.substring(1, idJson.length() - 1) : "n:" + Long.parseLong(idJson);
    }

    private static Line answered(String kind, String text, String idJson) {
        return new Line(kind, bytes(text), answerTo(idJson));
    }

    private static Expect answerTo(String idJson) {
        return new Expect.AnswerTo(key(idJson));
    }

    private static Line nullError(String kind, String text) {
        return new Line(kind, bytes(text), new Expect.NullIdError());
    }

    private byte[] invalidUtf8() {
        byte[][] choices = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf0, (byte) 0x9f},
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xfe, (byte) 0xfe}};
        return choices[random.nextInt(choices.length)];
    }

    /** Printable text without quotes, backslashes or newlines, with some non-ASCII. */
    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(10) == 0 ? 0xa1 + random.nextInt(0x2000) : 0x20 + random.nextInt(0x5f);
            if (c == '"' || c == '\\') {
                c = '_';
            }
            text.append((char) c);
        }
        return text.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
