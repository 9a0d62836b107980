package dev.codeloop.testkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scripted non-200 answer with an OpenAI-style JSON body
 * {@code {"error":{"message":…,"type":…,"code":…}}}. Immutable: each method returns a changed copy.
 */
public final class HttpError implements ScriptedResponse {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final String message;
    private final String type;
    private final String code;
    private final String rawBody;

    private HttpError(int status, List<Map.Entry<String, String>> headers, String message, String type, String code,
            String rawBody) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.message = message;
        this.type = type;
        this.code = code;
        this.rawBody = rawBody;
    }

    /** An error with a default message and a type matching the status class. */
    public static HttpError status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HTTP error status is 4xx or 5xx, got " + status);
        }
        return new HttpError(status, List.of(), "scripted HTTP " + status, defaultType(status), null, null);
    }

    /** A redirect (3xx) to {@code location}, as a moved endpoint or a proxy answers; the body is empty. */
    public static HttpError redirect(int status, String location) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect status is 3xx, got " + status);
        }
        return new HttpError(status, List.of(Map.entry("Location", location)), "moved", null, null, "");
    }

    /** Adds a response header, e.g. {@code header("Retry-After", "1")}. */
    public HttpError header(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new HttpError(status, more, message, type, code, rawBody);
    }

    public HttpError message(String message) {
        return new HttpError(status, headers, message, type, code, rawBody);
    }

    public HttpError type(String type) {
        return new HttpError(status, headers, message, type, code, rawBody);
    }

    public HttpError code(String code) {
        return new HttpError(status, headers, message, type, code, rawBody);
    }

    /** Sends {@code body} verbatim instead of the JSON error object (e.g. an HTML proxy page). */
    public HttpError rawBody(String body) {
        return new HttpError(status, headers, message, type, code, body);
    }

    public int statusCode() {
        return status;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    public String body() {
        if (rawBody != null) {
            return rawBody;
        }
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        return Json.write(root);
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("HTTP ").append(status);
        for (Map.Entry<String, String> header : headers) {
            out.append(" [").append(header.getKey()).append(": ").append(header.getValue()).append(']');
        }
        return out.append(' ').append(rawBody != null ? "raw body" : '"' + message + '"').toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String defaultType(int status) {
        if (status == 429) {
            return "rate_limit_error";
        }
        return status >= 500 ? "server_error" : "invalid_request_error";
    }
}
