package dev.codeloop.sample;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parses {@code --name value}, {@code --name=value} and {@code --flag}; anything else is a usage error. */
final class CliArgs {

    /** A command line we do not understand; its message says why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CliArgs() {
    }

    static CliArgs parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        CliArgs parsed = new CliArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (valueOptions.contains(name)) {
                String value;
                if (equals > 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                parsed.values.put(name, value);
            } else if (flagOptions.contains(arg)) {
                parsed.flags.add(arg);
            } else {
                throw new UsageException("unknown argument: " + arg);
            }
        }
        return parsed;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
