package com.netra.apex.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GatewayErrorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void factoriesSetStatusTypeAndCode() {
        assertThat(GatewayError.badRequest("model_not_found", "m"))
                .isEqualTo(new GatewayError(400, "invalid_request_error", "model_not_found", "m"));
        assertThat(GatewayError.unauthorized("m"))
                .isEqualTo(new GatewayError(401, "authentication_error", "invalid_api_key", "m"));
        assertThat(GatewayError.badGateway("m"))
                .isEqualTo(new GatewayError(502, "upstream_error", "upstream_unavailable", "m"));
        assertThat(GatewayError.gatewayTimeout("m"))
                .isEqualTo(new GatewayError(504, "upstream_error", "upstream_timeout", "m"));
    }

    @Test
    void openAiShape() throws Exception {
        GatewayError e = GatewayError.badRequest("model_not_found", "Unknown model 'foo'.");
        JsonNode json = parse(e.toOpenAiJson());
        assertThat(json).isEqualTo(parse("""
                {"error": {"message": "Unknown model 'foo'.", "type": "invalid_request_error",
                           "param": null, "code": "model_not_found"}}
                """));
        assertThat(json.path("error").has("param")).isTrue();
    }

    @Test
    void anthropicShape() throws Exception {
        GatewayError e = GatewayError.unauthorized("Invalid API key.");
        assertThat(parse(e.toAnthropicJson())).isEqualTo(parse("""
                {"type": "error", "error": {"type": "authentication_error", "message": "Invalid API key."}}
                """));
    }

    @ParameterizedTest
    @CsvSource({
            "400, invalid_request_error",
            "401, authentication_error",
            "403, permission_error",
            "404, not_found_error",
            "429, rate_limit_error",
            "529, overloaded_error",
            "500, api_error",
            "502, api_error",
            "504, api_error",
            "413, invalid_request_error",
            "422, invalid_request_error"
    })
    void anthropicTypeFollowsTheStatus(int status, String type) throws Exception {
        GatewayError e = new GatewayError(status, "whatever_openai_type", "code", "msg");
        JsonNode json = parse(e.toAnthropicJson());
        assertThat(json.path("type").asText()).isEqualTo("error");
        assertThat(json.path("error").path("type").asText()).isEqualTo(type);
        // The OpenAI rendering keeps the gateway's own type.
        assertThat(parse(e.toOpenAiJson()).path("error").path("type").asText()).isEqualTo("whatever_openai_type");
    }

    @Test
    void messagesWithQuotesNewlinesAndUnicodeStayValidJson() throws Exception {
        String message = "Model \"x\" isn't configured.\nTry: apex config → providers\\groq";
        GatewayError e = GatewayError.badGateway(message);
        assertThat(parse(e.toOpenAiJson()).path("error").path("message").asText()).isEqualTo(message);
        assertThat(parse(e.toAnthropicJson()).path("error").path("message").asText()).isEqualTo(message);
    }
}
