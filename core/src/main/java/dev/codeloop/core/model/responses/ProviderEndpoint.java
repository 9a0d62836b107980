package dev.codeloop.core.model.responses;

import java.time.Duration;
import java.util.Map;

/**
 * Where and how to reach a Responses API provider, resolved from config.
 *
 * @param baseUrl           e.g. {@code https://api.openai.com/v1}; {@code /responses} is appended
 * @param apiKey            bearer token, or null for providers that need none
 * @param headers           extra headers (static and env-sourced, already resolved)
 * @param queryParams       extra query parameters (e.g. Azure's api-version)
 * @param requestMaxRetries silent retries of connection errors and 5xx before the error reaches the turn
 * @param idleTimeout       longest silence tolerated inside a stream
 * @param userAgent         sent as {@code User-Agent}
 */
public record ProviderEndpoint(
        String baseUrl,
        String apiKey,
        Map<String, String> headers,
        Map<String, String> queryParams,
        int requestMaxRetries,
        Duration idleTimeout,
        String userAgent) {
}
