package dev.codeloop.core.exec;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The environment for commands the model runs: the user's environment minus anything that looks like a
 * credential (names containing KEY, SECRET or TOKEN, any case), plus settings that keep tool output plain
 * and non-interactive, plus {@code CODELOOP=1} so scripts can tell they run under the agent.
 */
public final class ShellEnvironment {

    private static final String[] SECRET_NAME_PARTS = {"KEY", "SECRET", "TOKEN"};

    /** Set on every command, over whatever the base environment says. */
    static final Map<String, String> FORCED = Map.of(
            "NO_COLOR", "1",        // no ANSI escapes in output the model reads
            "TERM", "dumb",
            "PAGER", "cat",         // pagers would wait for a keypress on /dev/null stdin
            "GIT_PAGER", "cat",
            "GH_PAGER", "cat",
            "LANG", "C.UTF-8",      // the runner decodes output as UTF-8
            "LC_ALL", "C.UTF-8",
            "CODELOOP", "1");

    private ShellEnvironment() {
    }

    /** {@link #build(Map, Map)} from this process's environment. */
    public static Map<String, String> fromSystem(Map<String, String> set) {
        return build(System.getenv(), set);
    }

    /**
     * @param base the environment to start from, normally {@code System.getenv()}
     * @param set  explicit entries from configuration, applied last: they win over the forced settings
     *             and are kept even if their names look like credentials (the user asked for them)
     * @return an unmodifiable map sorted by name
     */
    public static Map<String, String> build(Map<String, String> base, Map<String, String> set) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(set, "set");
        SortedMap<String, String> env = new TreeMap<>();
        base.forEach((name, value) -> {
            if (!looksLikeSecret(name)) {
                env.put(name, value);
            }
        });
        env.putAll(FORCED);
        env.putAll(set);
        return Collections.unmodifiableSortedMap(env);
    }

    /** Whether a variable name matches {@code *KEY*}, {@code *SECRET*} or {@code *TOKEN*}, ignoring case. */
    public static boolean looksLikeSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String part : SECRET_NAME_PARTS) {
            if (upper.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
