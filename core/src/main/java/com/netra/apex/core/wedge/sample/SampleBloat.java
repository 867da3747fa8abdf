package com.netra.apex.core.wedge.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.usage.TokenCounter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Bloated prompts, as real applications send them: the record to check pasted as pretty-printed JSON in a
 * ```json block, and a retrieved context paragraph pasted several times. The planted waste is exactly what
 * lossless compression removes: the JSON's indentation (minified inside its fence) and every repeat of the
 * paragraph after the first, counted as the difference in o200k tokens between the prompt and its compact
 * form. Merely verbose wording is not waste by this definition: no lossless rewrite can remove it.
 */
final class SampleBloat {

    /** A bloated prompt and the compact prompt lossless compression turns it into. */
    record Bloated(String text, String compact) {

        /** o200k tokens the compression removes. */
        long removableTokens() {
            return TokenCounter.count(text) - TokenCounter.count(compact);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSTRUCTION = "Check this order for problems and answer with one line: OK, or the problem.";

    private final SamplePrompts words;

    SampleBloat(SamplePrompts words) {
        this.words = words;
    }

    Bloated next() {
        ObjectNode order = order();
        String paragraph = words.pick(SampleText.CONTEXT_PARAGRAPHS);
        int repeats = words.between(3, 6);
        try {
            String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(order);
            String compact = JSON.writeValueAsString(order);
            String context = (paragraph + "\n\n").repeat(repeats).trim();
            return new Bloated(INSTRUCTION + "\n\nOrder:\n```json\n" + pretty + "\n```\n\nContext:\n\n" + context,
                    INSTRUCTION + "\n\nOrder:\n```json\n" + compact + "\n```\n\nContext:\n\n" + paragraph);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode order() {
        ObjectNode order = JSON.createObjectNode().put("order_id", words.code()).put("placed_on", words.day());
        order.putObject("customer").put("first_name", words.pick(SampleText.NAMES))
                .put("tier", words.pick(List.of("standard", "gold", "enterprise")))
                .put("region", words.pick(List.of("EU", "US-East", "US-West", "APAC")));
        ArrayNode items = order.putArray("items");
        for (int i = words.between(3, 8); i > 0; i--) {
            ObjectNode item = items.addObject().put("sku", words.code()).put("product", words.pick(SampleText.PRODUCTS))
                    .put("quantity", words.between(1, 12)).put("unit_price", words.amount());
            item.putObject("options").put("gift_wrap", words.between(0, 1) == 1)
                    .put("warranty_years", words.between(0, 3)).putNull("engraving");
        }
        order.putObject("shipping").put("method", words.pick(List.of("ground", "express", "pickup")))
                .put("carrier", words.pick(List.of("DHL", "UPS", "PostNL", "FedEx"))).putNull("tracking_number");
        order.put("notes", words.email(1, 1));
        return order;
    }
}
