package com.netra.apex.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps OpenAI message content (a string or an array of parts) to Anthropic content blocks. */
final class OpenAiContentToAnthropic {

    private OpenAiContentToAnthropic() {
    }

    /** Content of a user or tool message: text, images and PDF files. */
    static ArrayNode userBlocks(JsonNode content) {
        ArrayNode blocks = AnthropicOpenAiMapping.JSON.createArrayNode();
        if (content == null || content.isNull() || content.isMissingNode()) {
            return blocks;
        }
        if (content.isTextual()) {
            addText(blocks, content.asText(), null);
            return blocks;
        }
        for (JsonNode part : parts(content)) {
            String type = part.path("type").asText();
            switch (type) {
                case "text" -> addText(blocks, part.path("text").asText(), part);
                case "image_url" -> blocks.add(withCacheControl(image(part.get("image_url")), part));
                case "file" -> blocks.add(withCacheControl(document(part.path("file")), part));
                default -> throw new IllegalArgumentException(
                        "content part type '" + type + "' is not supported for Anthropic models");
            }
        }
        return blocks;
    }

    /** Content of an assistant or system message, where OpenAI allows only text (and refusal) parts. */
    static ArrayNode textBlocks(JsonNode content, String role) {
        ArrayNode blocks = AnthropicOpenAiMapping.JSON.createArrayNode();
        if (content == null || content.isNull() || content.isMissingNode()) {
            return blocks;
        }
        if (content.isTextual()) {
            addText(blocks, content.asText(), null);
            return blocks;
        }
        for (JsonNode part : parts(content)) {
            String type = part.path("type").asText();
            if (type.equals("text")) {
                addText(blocks, part.path("text").asText(), part);
            } else if (type.equals("refusal")) {
                addText(blocks, part.path("refusal").asText(), part);
            } else {
                throw new IllegalArgumentException(
                        "content part type '" + type + "' is not allowed in a " + role + " message");
            }
        }
        return blocks;
    }

    private static JsonNode parts(JsonNode content) {
        if (!content.isArray()) {
            throw new IllegalArgumentException("message content must be a string or an array of parts");
        }
        return content;
    }

    // Anthropic rejects empty text blocks, and OpenAI clients often send "" beside tool calls.
    private static void addText(ArrayNode blocks, String text, JsonNode part) {
        if (text.isEmpty()) {
            return;
        }
        ObjectNode block = blocks.addObject().put("type", "text").put("text", text);
        withCacheControl(block, part);
    }

    /** Copies a prompt-caching breakpoint: clients that know Anthropic put it on OpenAI parts too. */
    static ObjectNode withCacheControl(ObjectNode block, JsonNode part) {
        if (part != null && part.hasNonNull("cache_control")) {
            block.set("cache_control", part.get("cache_control").deepCopy());
        }
        return block;
    }

    private static ObjectNode image(JsonNode imageUrl) {
        // Some clients send image_url as a bare string instead of {"url": ..., "detail": ...}.
        String url = imageUrl == null ? "" : imageUrl.isTextual() ? imageUrl.asText() : imageUrl.path("url").asText();
        ObjectNode block = AnthropicOpenAiMapping.JSON.createObjectNode().put("type", "image");
        if (url.startsWith("data:")) {
            block.set("source", base64Source(url, "image_url"));
        } else if (url.startsWith("https://") || url.startsWith("http://")) {
            block.putObject("source").put("type", "url").put("url", url);
        } else {
            throw new IllegalArgumentException("image_url must be a data: URL or an http(s) URL");
        }
        return block;
    }

    private static ObjectNode document(JsonNode file) {
        if (file.hasNonNull("file_data")) {
            ObjectNode block = AnthropicOpenAiMapping.JSON.createObjectNode().put("type", "document");
            block.set("source", base64Source(file.get("file_data").asText(), "file_data"));
            return block;
        }
        throw new IllegalArgumentException(
                "file parts for Anthropic models must carry file_data; uploaded file_id references are not supported");
    }

    /** {@code data:<media type>;base64,<data>} to an Anthropic base64 source. */
    private static ObjectNode base64Source(String dataUrl, String field) {
        int comma = dataUrl.indexOf(',');
        String header = comma < 0 || !dataUrl.startsWith("data:") ? "" : dataUrl.substring("data:".length(), comma);
        if (!header.endsWith(";base64") || header.length() == ";base64".length()) {
            throw new IllegalArgumentException(field + " data URLs must be of the form data:<media type>;base64,<data>");
        }
        return AnthropicOpenAiMapping.JSON.createObjectNode()
                .put("type", "base64")
                .put("media_type", header.substring(0, header.length() - ";base64".length()))
                .put("data", dataUrl.substring(comma + 1));
    }
}
