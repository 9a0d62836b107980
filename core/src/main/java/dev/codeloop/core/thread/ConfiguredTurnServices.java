package dev.codeloop.core.thread;

import dev.codeloop.core.config.ApplyPatchToolType;
import dev.codeloop.core.config.Config;
import dev.codeloop.core.config.ModelProviderInfo;
import dev.codeloop.core.config.WireApi;
import dev.codeloop.core.exec.ProcessRunner;
import dev.codeloop.core.exec.ShellEnvironment;
import dev.codeloop.core.loop.TurnServices;
import dev.codeloop.core.model.ModelClient;
import dev.codeloop.core.model.ModelError;
import dev.codeloop.core.model.ModelException;
import dev.codeloop.core.model.ModelFamily;
import dev.codeloop.core.model.responses.HttpClients;
import dev.codeloop.core.model.responses.ProviderEndpoint;
import dev.codeloop.core.model.responses.ResponsesApiClient;
import dev.codeloop.core.tools.ToolRouter;
import dev.codeloop.core.tools.patch.ApplyPatchTool;
import dev.codeloop.core.tools.plan.UpdatePlanTool;
import dev.codeloop.core.tools.shell.ShellTool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TurnServices} backed by a loaded {@link Config}: real providers, real tools. */
final class ConfiguredTurnServices implements TurnServices {

    private static final int DEFAULT_TOOL_OUTPUT_TOKENS = 10_000;

    private final Config config;
    private final Map<String, String> env;
    private final String userAgent;
    private final Map<String, ModelClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String> shellEnvironment;
    private final ToolRouter freeformTools;
    private final ToolRouter functionTools;

    ConfiguredTurnServices(Config config, Map<String, String> env, String userAgent) {
        this.config = config;
        this.env = env;
        this.userAgent = userAgent;
        this.shellEnvironment = ShellEnvironment.build(env, config.shellEnvironmentPolicy().set());
        ShellTool shell = new ShellTool(new ProcessRunner(), modelOutputBytes(config));
        UpdatePlanTool plan = new UpdatePlanTool();
        this.freeformTools = new ToolRouter(List.of(shell, plan, ApplyPatchTool.freeform()));
        this.functionTools = new ToolRouter(List.of(shell, plan, ApplyPatchTool.function()));
    }

    /** Tool output kept for the model: {@code tool_output_token_limit} tokens at ~4 bytes each (default 10k). */
    private static int modelOutputBytes(Config config) {
        int tokens = config.toolOutputTokenLimit() != null ? config.toolOutputTokenLimit() : DEFAULT_TOOL_OUTPUT_TOKENS;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1024L, tokens * 4L));
    }

    Config config() {
        return config;
    }

    @Override
    public ModelClient modelClient(ThreadSettings settings) throws ModelException {
        ModelProviderInfo provider = provider(settings);
        if (provider.wireApi() != WireApi.RESPONSES) {
            throw new ModelException(new ModelError.Misconfigured("Model provider '" + provider.id()
                    + "' uses wire_api = \"" + provider.wireApi().wireValue()
                    + "\", which this version does not support yet; use a provider with wire_api = \"responses\"."));
        }
        String apiKey = provider.apiKey(env).orElse(null);
        if (lacksItsKey(provider, apiKey)) {
            throw new ModelException(new ModelError.MissingApiKey(provider.missingApiKey().getMessage()));
        }
        return client(provider, apiKey);
    }

    /**
     * Builds the client of {@code providerId} before its first turn needs it (~30 ms of that turn: the HTTP
     * client and the request and event codecs), when it is cheap to keep: a plain-http provider with what it
     * needs configured. An https provider's client would load the TLS trust store into a server that may never
     * run a turn, so it is built by its first turn.
     */
    Optional<ModelClient> prepareClient(String providerId) {
        ModelProviderInfo provider = config.providers().get(providerId);
        if (provider == null || provider.wireApi() != WireApi.RESPONSES
                || !HttpClients.isCleartext(provider.baseUrl())) {
            return Optional.empty();
        }
        String apiKey = provider.apiKey(env).orElse(null);
        if (lacksItsKey(provider, apiKey)) {
            return Optional.empty();
        }
        return Optional.of(client(provider, apiKey));
    }

    /** A provider that names a key variable, or needs OpenAI auth, cannot be called without its key. */
    private static boolean lacksItsKey(ModelProviderInfo provider, String apiKey) {
        return apiKey == null && (provider.envKey() != null || provider.requiresOpenaiAuth());
    }

    private ModelClient client(ModelProviderInfo provider, String apiKey) {
        return clients.computeIfAbsent(provider.id(), id -> new ResponsesApiClient(new ProviderEndpoint(
                provider.baseUrl(),
                apiKey,
                provider.resolvedHeaders(env),
                provider.queryParams(),
                provider.requestMaxRetries(),
                provider.streamIdleTimeout(),
                userAgent)));
    }

    /** Shell, then the plan, then apply_patch: a fixed order keeps the request's tools byte-stable. */
    @Override
    public ToolRouter tools(ThreadSettings settings) {
        ApplyPatchToolType type = config.applyPatchToolType() != null ? config.applyPatchToolType()
                : ModelFamily.supportsFreeformTools(settings.model()) ? ApplyPatchToolType.FREEFORM
                : ApplyPatchToolType.FUNCTION;
        return type == ApplyPatchToolType.FREEFORM ? freeformTools : functionTools;
    }

    @Override
    public Map<String, String> shellEnvironment() {
        return shellEnvironment;
    }

    @Override
    public int streamMaxRetries(ThreadSettings settings) {
        return provider(settings).streamMaxRetries();
    }

    /** Every silent request attempt may last a stream idle timeout; one more on top of them all. */
    @Override
    public java.time.Duration turnIdleLimit(ThreadSettings settings) {
        ModelProviderInfo provider = provider(settings);
        return provider.streamIdleTimeout().multipliedBy(provider.requestMaxRetries() + 2L);
    }

    @Override
    public Long contextWindow(ThreadSettings settings) {
        return ModelFamily.effectiveContextWindow(settings.model(), config.modelContextWindow());
    }

    private ModelProviderInfo provider(ThreadSettings settings) {
        ModelProviderInfo provider = config.providers().get(settings.providerId());
        if (provider == null) {
            throw new IllegalStateException("unknown model provider " + settings.providerId());
        }
        return provider;
    }
}
