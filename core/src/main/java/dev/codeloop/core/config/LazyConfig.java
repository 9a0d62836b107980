package dev.codeloop.core.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Loads config on first use and keeps it. A failed load is not remembered: the next {@link #get()}
 * tries again, so a user can fix {@code config.toml} without restarting the server.
 */
public final class LazyConfig implements Supplier<Config> {

    private final ConfigLoader loader;
    private final ConfigOverrides overrides;
    private volatile Config config;

    public LazyConfig(ConfigLoader loader, ConfigOverrides overrides) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /** @throws ConfigException if loading fails */
    @Override
    public Config get() {
        Config loaded = config;
        if (loaded == null) {
            synchronized (this) {
                loaded = config;
                if (loaded == null) {
                    loaded = loader.load(overrides);
                    config = loaded;
                }
            }
        }
        return loaded;
    }

    /** Forgets the loaded config; the next {@link #get()} reads the file again. */
    public void invalidate() {
        config = null;
    }
}
