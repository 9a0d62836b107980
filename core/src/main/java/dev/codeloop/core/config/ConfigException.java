package dev.codeloop.core.config;

/**
 * A problem with the user's configuration (unreadable or malformed {@code config.toml}, a bad
 * {@code -c} override, a value of the wrong type, a missing API key). Messages are written for the
 * user: they name the file or override, the key, and what was expected, and never include secrets.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
