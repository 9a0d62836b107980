package dev.codeloop.core.config;

import java.util.Map;
import java.util.regex.Pattern;

/** Helpers for log output that must never show secrets. */
final class Redaction {

    private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/@?#]+@");

    private Redaction() {
    }

    /** A base URL with any {@code user:password@} part masked. */
    static String url(String url) {
        return url == null ? null : URL_USER_INFO.matcher(url).replaceFirst("***@");
    }

    /** Only the keys of a map whose values may be secret (headers, env values). */
    static String keysOnly(Map<String, ?> map) {
        return map.keySet().toString();
    }

    /** Whether something is set, without showing it. */
    static String presence(Object value) {
        return value == null ? "unset" : "set";
    }
}
