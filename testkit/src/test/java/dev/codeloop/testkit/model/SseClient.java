package dev.codeloop.testkit.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal real SSE client for the tests: POSTs JSON and parses the event stream line by line as it arrives. */
final class SseClient {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One event as the client saw it, with the nanoTime at which its terminating blank line was read. */
    record Received(String name, String data, long arrivalNanos) {
        JsonNode json() {
            return MAPPER.readTree(data);
        }
    }

    /** The outcome: the events read, and how the stream ended (clean EOF, or the I/O error that ended it). */
    record Result(int status, HttpHeaders headers, List<Received> events, String text,
            IOException failure) {
        List<String> names() {
            return events.stream().map(Received::name).toList();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Result post(String baseUrl, String jsonBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/responses"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer test-key")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        List<Received> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        IOException failure = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = reader.readLine()) != null) {
                text.append(line).append('\n');
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Received(name, data.toString(), System.nanoTime()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data = data == null ? new StringBuilder() : data.append('\n');
                    data.append(line.substring("data: ".length()));
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        return new Result(response.statusCode(), response.headers(), events, text.toString(), failure);
    }

    static String requestBody(String promptCacheKey) {
        return "{\"model\":\"gpt-test\",\"stream\":true,\"prompt_cache_key\":\"" + promptCacheKey
                + "\",\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}]}";
    }
}
