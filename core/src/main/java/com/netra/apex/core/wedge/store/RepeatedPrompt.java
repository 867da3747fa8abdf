package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;

/**
 * One request sent more than once.
 *
 * @param examplePrompt the first call's prompt, whitespace collapsed, cut to 200 characters; null if not logged
 * @param repeats       calls after the first
 * @param wastedUsd     what those repeats cost
 */
public record RepeatedPrompt(String promptHash, String model, String examplePrompt, long repeats,
        BigDecimal wastedUsd) {
}
