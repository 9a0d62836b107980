package dev.codeloop.core.config;

import java.util.Map;

/** Builds the provider map: built-ins, then {@code [model_providers.*]} entries on top. */
final class ProviderRegistry {

    private ProviderRegistry() {
    }

    static Map<String, ModelProviderInfo> resolve(ConfigReader root, Map<String, String> env) {
        Map<String, ModelProviderInfo> providers = BuiltInProviders.all(openaiBaseUrl(root, env));
        ConfigReader userProviders = root.table("model_providers");
        if (userProviders != null) {
            for (String id : userProviders.keys()) {
                // A user entry with a built-in's id replaces it (keys it leaves out keep the built-in's values).
                providers.put(id, ProviderReader.read(id, userProviders.table(id), providers.get(id)));
            }
        }
        return providers;
    }

    /** {@code openai_base_url} in config, else {@code $OPENAI_BASE_URL}, else the public API. */
    private static String openaiBaseUrl(ConfigReader root, Map<String, String> env) {
        String fromConfig = root.string("openai_base_url");
        if (fromConfig != null) {
            if (fromConfig.isBlank()) {
                throw root.invalid("openai_base_url", "must not be empty");
            }
            return fromConfig.strip();
        }
        String fromEnv = env.get(BuiltInProviders.OPENAI_BASE_URL_ENV);
        return fromEnv == null || fromEnv.isBlank() ? BuiltInProviders.DEFAULT_OPENAI_BASE_URL : fromEnv.strip();
    }
}
