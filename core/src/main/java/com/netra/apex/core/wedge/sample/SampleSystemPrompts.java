package com.netra.apex.core.wedge.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.wedge.ingest.PromptPrefix;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The system prompts and tools of sample calls: a short one per team, and a few long support-bot prompts
 * (policies, reference text, worked examples: well over the 1,024 tokens providers cache) with the bot's
 * tools. Prefix token counts come from {@link PromptPrefix}, exactly as the reader counts them.
 */
final class SampleSystemPrompts {

    static final int LONG_VARIANTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOOLS_OPENAI = "[{\"type\":\"function\",\"function\":{\"name\":\"lookup_order\","
            + "\"description\":\"Status, items and delivery estimate of an order\",\"parameters\":{\"type\":\"object\","
            + "\"properties\":{\"order_id\":{\"type\":\"string\"}},\"required\":[\"order_id\"]}}},{\"type\":\"function\","
            + "\"function\":{\"name\":\"create_ticket\",\"description\":\"Open a ticket for the human support team\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"},\"priority\":"
            + "{\"type\":\"string\",\"enum\":[\"low\",\"medium\",\"high\"]}},\"required\":[\"summary\"]}}}]";
    private static final String TOOLS_ANTHROPIC = "[{\"name\":\"lookup_order\",\"description\":\"Status, items and "
            + "delivery estimate of an order\",\"input_schema\":{\"type\":\"object\",\"properties\":{\"order_id\":"
            + "{\"type\":\"string\"}},\"required\":[\"order_id\"]}},{\"name\":\"create_ticket\",\"description\":\"Open a "
            + "ticket for the human support team\",\"input_schema\":{\"type\":\"object\",\"properties\":{\"summary\":"
            + "{\"type\":\"string\"},\"priority\":{\"type\":\"string\",\"enum\":[\"low\",\"medium\",\"high\"]}},"
            + "\"required\":[\"summary\"]}}]";

    private static final JsonNode OPENAI_TOOLS = parse(TOOLS_OPENAI);
    private static final JsonNode ANTHROPIC_TOOLS = parse(TOOLS_ANTHROPIC);

    private final List<String> longPrompts = new ArrayList<>();
    private final PromptPrefix prefixes = new PromptPrefix();
    private final Map<String, Long> tokensByPrefix = new HashMap<>();

    SampleSystemPrompts() {
        for (int v = 0; v < LONG_VARIANTS; v++) {
            longPrompts.add(buildLongPrompt(v));
        }
    }

    static String shortPrompt(String team) {
        return switch (team) {
            case "support" -> "You are a support analyst. Be concise and factual.";
            case "search" -> "You turn shopper queries into catalogue searches. Reply with JSON only.";
            case "analytics" -> "You are a senior data analyst who writes correct, readable PostgreSQL.";
            default -> "You are a copywriter for consumer products. Avoid superlatives.";
        };
    }

    String longPrompt(int variant) {
        return longPrompts.get(variant);
    }

    /** The support bot's tools in the request dialect; shared, so never modify the returned tree. */
    static JsonNode tools(boolean anthropic) {
        return anthropic ? ANTHROPIC_TOOLS : OPENAI_TOOLS;
    }

    /** Tokens of the prefix (system prompt and, when sent, tools) as the reader will count them. */
    long prefixTokens(String system, boolean tools, boolean anthropic) {
        if (system == null && !tools) {
            return 0;
        }
        // a handful of distinct prefixes, each hashed and counted once rather than once per row
        return tokensByPrefix.computeIfAbsent(system + '\u0000' + tools + anthropic,
                k -> countPrefixTokens(system, tools, anthropic));
    }

    private long countPrefixTokens(String system, boolean tools, boolean anthropic) {
        ObjectNode request = JSON.createObjectNode();
        if (tools) {
            request.set("tools", tools(anthropic));
        }
        if (anthropic) {
            request.put("system", system);
        } else if (system != null) {
            ArrayNode messages = request.putArray("messages");
            messages.addObject().put("role", "system").put("content", system);
        }
        return prefixes.of(request).map(PromptPrefix.Prefix::tokens).orElse(0L);
    }

    private static String buildLongPrompt(int variant) {
        SplittableRandom rnd = new SplittableRandom(1_000 + variant);
        SamplePrompts words = new SamplePrompts(rnd);
        List<String> policies = new ArrayList<>(SampleText.POLICY_SENTENCES);
        Collections.shuffle(policies, new Random(variant));
        StringBuilder text = new StringBuilder("You are the customer support assistant of ")
                .append(SampleText.COMPANIES.get(variant)).append(". Follow these policies exactly:\n");
        for (int i = 0; i < policies.size(); i++) {
            text.append(i + 1).append(". ").append(policies.get(i)).append('\n');
        }
        text.append("\nReference information:\n");
        SampleText.CONTEXT_PARAGRAPHS.forEach(p -> text.append(p).append("\n\n"));
        text.append("Examples of good answers:\n");
        for (int i = 0; i < 10; i++) {
            text.append("Customer: ").append(words.email(2, 3)).append("\nAssistant: ").append(words.answer("support-bot"))
                    .append(' ').append(words.fill(words.pick(SampleText.POLICY_SENTENCES))).append("\n\n");
        }
        return text.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
