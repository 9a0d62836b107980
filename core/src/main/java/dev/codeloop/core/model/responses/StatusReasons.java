package dev.codeloop.core.model.responses;

/**
 * Canonical reason phrases for HTTP statuses. Used instead of the server's own phrase, which varies (HTTP/2
 * sends none, proxies and test servers send "Client Error"), so messages read like Codex's
 * ("last status: 429 Too Many Requests").
 */
final class StatusReasons {

    private StatusReasons() {
    }

    /** The canonical phrase, or null for a status not listed here. */
    static String of(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
    }
}
