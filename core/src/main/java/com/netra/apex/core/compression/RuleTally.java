package com.netra.apex.core.compression;

import com.netra.apex.core.usage.TokenCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs texts through the rules for one request and adds up the tokens each rule saved. The tokenizer
 * runs only on texts a rule changed, since it is the slow part of compression.
 */
final class RuleTally {

    private final Map<String, Long> savedByRule = new LinkedHashMap<>();
    private long before;
    private long after;

    /**
     * The text after each rule in turn. A rewrite that saves no tokens is discarded (a CRLF that becomes
     * LF is often the same token), so a changed request always costs less than the caller's.
     */
    String run(String text, List<TextRule> rules) {
        String current = text;
        long currentTokens = -1;
        long originalTokens = -1;
        for (TextRule rule : rules) {
            String candidate = rule.rewrite().apply(current);
            if (candidate == current || candidate.equals(current)) {
                continue;
            }
            if (currentTokens < 0) {
                currentTokens = TokenCounter.count(current);
                originalTokens = currentTokens;
            }
            long candidateTokens = TokenCounter.count(candidate);
            if (candidateTokens < currentTokens) {
                savedByRule.merge(rule.name(), currentTokens - candidateTokens, Long::sum);
                current = candidate;
                currentTokens = candidateTokens;
            }
        }
        if (current != text) {
            before += originalTokens;
            after += currentTokens;
        }
        return current;
    }

    /** A message the history window dropped: all its tokens are saved. */
    void dropped(long tokens) {
        before += tokens;
        savedByRule.merge(TextRule.HISTORY_WINDOW, tokens, Long::sum);
    }

    long before() {
        return before;
    }

    long after() {
        return after;
    }

    Map<String, Long> savedByRule() {
        return savedByRule;
    }
}
