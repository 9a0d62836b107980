package dev.codeloop.core.config;

import java.time.Duration;
import java.util.Map;

/** Builds a {@link ModelProviderInfo} from a {@code [model_providers.<id>]} table. */
final class ProviderReader {

    private ProviderReader() {
    }

    /**
     * Reads provider {@code id}. When {@code base} is given (the user redefines a built-in id), keys the
     * table leaves out keep the built-in's values, so {@code [model_providers.openai]} with only
     * {@code request_max_retries} still knows its URL and key variable.
     */
    static ModelProviderInfo read(String id, ConfigReader table, ModelProviderInfo base) {
        String baseUrl = or(table.string("base_url"), base == null ? null : base.baseUrl());
        if (baseUrl == null) {
            throw table.invalid("base_url", "is required: set the provider's API root, e.g. base_url = \"http://localhost:8080/v1\"");
        }
        if (baseUrl.isBlank()) {
            throw table.invalid("base_url", "must not be empty");
        }
        Long idleMillis = table.positive("stream_idle_timeout_ms");
        return new ModelProviderInfo(
                id,
                or(table.string("name"), base == null ? id : base.name()),
                baseUrl.strip(),
                or(blankToNull(table.string("env_key")), base == null ? null : base.envKey()),
                or(table.string("env_key_instructions"), base == null ? null : base.envKeyInstructions()),
                or(table.wireEnum("wire_api", WireApi.class), base == null ? WireApi.RESPONSES : base.wireApi()),
                or(table.stringMap("query_params"), base == null ? Map.of() : base.queryParams()),
                or(table.stringMap("http_headers"), base == null ? Map.of() : base.httpHeaders()),
                or(table.stringMap("env_http_headers"), base == null ? Map.of() : base.envHttpHeaders()),
                or(table.count("request_max_retries"),
                        base == null ? ModelProviderInfo.DEFAULT_REQUEST_MAX_RETRIES : base.requestMaxRetries()),
                or(table.count("stream_max_retries"),
                        base == null ? ModelProviderInfo.DEFAULT_STREAM_MAX_RETRIES : base.streamMaxRetries()),
                idleMillis != null ? Duration.ofMillis(idleMillis)
                        : base == null ? ModelProviderInfo.DEFAULT_STREAM_IDLE_TIMEOUT : base.streamIdleTimeout(),
                or(blankToNull(table.string("experimental_bearer_token")), base == null ? null : base.experimentalBearerToken()),
                or(table.bool("requires_openai_auth"), base != null && base.requiresOpenaiAuth()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
