package dev.codeloop.core.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One model provider: where to send requests and how to authenticate, from a built-in definition
 * or a {@code [model_providers.<id>]} table (Codex's field names).
 *
 * @param id                      the key used by {@code model_provider}
 * @param name                    display name
 * @param baseUrl                 API root, e.g. {@code https://api.openai.com/v1}
 * @param envKey                  env var holding the API key, or null if none is needed
 * @param envKeyInstructions      how to obtain the key, appended to the missing-key error; nullable
 * @param wireApi                 which API the provider speaks
 * @param queryParams             added to every request URL
 * @param httpHeaders             added to every request
 * @param envHttpHeaders          header name → env var; sent only when the variable is set
 * @param requestMaxRetries       retries of a failed request, 0..{@value #MAX_RETRIES} (larger values are capped)
 * @param streamMaxRetries        reconnects of a dropped stream, 0..{@value #MAX_RETRIES} (capped likewise)
 * @param streamIdleTimeout       how long a stream may stay silent before it counts as dropped
 * @param experimentalBearerToken a literal token, used instead of {@code envKey}; nullable
 * @param requiresOpenaiAuth      whether an OpenAI login (e.g. a stored API key) can authenticate this provider
 */
public record ModelProviderInfo(
        String id,
        String name,
        String baseUrl,
        String envKey,
        String envKeyInstructions,
        WireApi wireApi,
        Map<String, String> queryParams,
        Map<String, String> httpHeaders,
        Map<String, String> envHttpHeaders,
        int requestMaxRetries,
        int streamMaxRetries,
        Duration streamIdleTimeout,
        String experimentalBearerToken,
        boolean requiresOpenaiAuth) {

    public static final int DEFAULT_REQUEST_MAX_RETRIES = 4;
    public static final int DEFAULT_STREAM_MAX_RETRIES = 5;
    /** Upper bound for both retry counts, so a typo cannot make a turn retry for hours. */
    public static final int MAX_RETRIES = 100;
    public static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofMillis(300_000);

    public ModelProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(wireApi, "wireApi");
        Objects.requireNonNull(streamIdleTimeout, "streamIdleTimeout");
        if (requestMaxRetries < 0 || streamMaxRetries < 0) {
            throw new IllegalArgumentException("retry counts must not be negative");
        }
        if (streamIdleTimeout.isNegative() || streamIdleTimeout.isZero()) {
            throw new IllegalArgumentException("streamIdleTimeout must be positive");
        }
        requestMaxRetries = Math.min(requestMaxRetries, MAX_RETRIES);
        streamMaxRetries = Math.min(streamMaxRetries, MAX_RETRIES);
        queryParams = Immutables.orderedCopy(queryParams);
        httpHeaders = Immutables.orderedCopy(httpHeaders);
        envHttpHeaders = Immutables.orderedCopy(envHttpHeaders);
    }

    /**
     * The API key: {@code experimental_bearer_token} if set, else the value of {@code env_key} in
     * {@code env}. Blank values count as unset. Empty when the provider needs no key or it is missing;
     * tell those apart with {@link #envKey()} and report the latter with {@link #missingApiKey()}.
     */
    public Optional<String> apiKey(Map<String, String> env) {
        if (experimentalBearerToken != null && !experimentalBearerToken.isBlank()) {
            return Optional.of(experimentalBearerToken);
        }
        if (envKey == null) {
            return Optional.empty();
        }
        return nonBlank(env.get(envKey));
    }

    /** The error to raise when {@link #apiKey} came back empty but a key is required. */
    public ConfigException missingApiKey() {
        String hint = envKeyInstructions == null || envKeyInstructions.isBlank() ? null : envKeyInstructions.strip();
        if (envKey == null) {
            return new ConfigException("No API key for model provider '" + id + "' (" + name + "): set env_key or "
                    + "experimental_bearer_token in [model_providers." + id + "]." + (hint == null ? "" : " " + hint));
        }
        return new ConfigException("Missing environment variable: " + envKey + " (the API key for model provider '"
                + id + "' (" + name + ")). "
                + (hint != null ? hint : "Set " + envKey + " in the environment Codeloop runs in."));
    }

    /** Static headers plus env-sourced ones whose variable is set (env-sourced win on a clash). */
    public Map<String, String> resolvedHeaders(Map<String, String> env) {
        Map<String, String> headers = new LinkedHashMap<>(httpHeaders);
        envHttpHeaders.forEach((header, variable) -> nonBlank(env.get(variable)).ifPresent(value -> headers.put(header, value)));
        return Immutables.orderedCopy(headers);
    }

    public ModelProviderInfo withBaseUrl(String newBaseUrl) {
        return new ModelProviderInfo(id, name, newBaseUrl, envKey, envKeyInstructions, wireApi, queryParams, httpHeaders,
                envHttpHeaders, requestMaxRetries, streamMaxRetries, streamIdleTimeout, experimentalBearerToken,
                requiresOpenaiAuth);
    }

    /** One line for logs: header values, query values and the bearer token are never shown. */
    public String describe() {
        return id + " (" + name + ", " + Redaction.url(baseUrl) + ", wire_api=" + wireApi
                + ", env_key=" + (envKey == null ? "none" : envKey)
                + ", bearer_token=" + Redaction.presence(experimentalBearerToken)
                + ", headers=" + Redaction.keysOnly(httpHeaders)
                + ", env_headers=" + Redaction.keysOnly(envHttpHeaders)
                + ", query_params=" + Redaction.keysOnly(queryParams)
                + ", retries=" + requestMaxRetries + "/" + streamMaxRetries
                + ", stream_idle_timeout=" + streamIdleTimeout.toMillis() + "ms)";
    }

    @Override
    public String toString() {
        return "ModelProviderInfo[" + describe() + "]";
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
