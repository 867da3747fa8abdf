package com.netra.apex.core.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error the gateway returns, rendered in the caller's own format with a message a person can act on.
 *
 * @param type OpenAI's error type vocabulary (invalid_request_error, authentication_error, ...)
 * @param code a stable machine-readable code, e.g. model_not_found
 */
public record GatewayError(int status, String type, String code, String message) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GatewayError badRequest(String code, String message) {
        return new GatewayError(400, "invalid_request_error", code, message);
    }

    public static GatewayError unauthorized(String message) {
        return new GatewayError(401, "authentication_error", "invalid_api_key", message);
    }

    public static GatewayError badGateway(String message) {
        return new GatewayError(502, "upstream_error", "upstream_unavailable", message);
    }

    public static GatewayError gatewayTimeout(String message) {
        return new GatewayError(504, "upstream_error", "upstream_timeout", message);
    }

    /** {@code {"error": {"message", "type", "param", "code"}}} as OpenAI returns it. */
    public String toOpenAiJson() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message).put("type", type).putNull("param").put("code", code);
        return root.toString();
    }

    /** {@code {"type": "error", "error": {"type", "message"}}} as Anthropic returns it. */
    public String toAnthropicJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "error");
        root.putObject("error").put("type", anthropicType()).put("message", message);
        return root.toString();
    }

    private String anthropicType() {
        return switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    }
}
