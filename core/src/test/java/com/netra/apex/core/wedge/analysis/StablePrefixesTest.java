package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StablePrefixesTest {

    private static final String SYSTEM = "You are a support agent for Acme. Answer briefly.\n\n";

    private final StablePrefixes<String> prefixes = new StablePrefixes<>();
    private final Map<String, String> questions = new LinkedHashMap<>();

    private void offer(long scope, String id, String text, long prefixTokens) {
        prefixes.offer(scope, text, prefixTokens, id, (item, t, skip) -> questions.put(item, t.substring(skip)));
    }

    @Test
    void learnsThePrefixFromTheFirstRowsOfAScopeAndHoldsThemUntilThen() {
        offer(1, "a", SYSTEM + "Where is my parcel?", 12);
        offer(1, "b", SYSTEM + "How do I reset my password?", 12);
        offer(1, "c", SYSTEM + "Can I change my address?", 12);
        assertThat(questions).isEmpty();

        offer(1, "d", SYSTEM + "Where are you based?", 12);
        offer(1, "e", SYSTEM + "Where is my refund?", 12);

        assertThat(questions).containsEntry("a", "Where is my parcel?").containsEntry("b", "How do I reset my password?")
                .containsEntry("d", "Where are you based?").containsEntry("e", "Where is my refund?");
    }

    @Test
    void neverCutsAWordInTwo() {
        offer(2, "a", SYSTEM + "Whereabouts of order 1", 12);
        offer(2, "b", SYSTEM + "Where is order 2", 12);
        prefixes.finish((item, t, skip) -> questions.put(item, t.substring(skip)));

        assertThat(questions).containsEntry("a", "Whereabouts of order 1").containsEntry("b", "Where is order 2");
    }

    @Test
    void rowsWithoutAPrefixPassStraightThroughAndALoneRowUsesTheEstimate() {
        offer(3, "plain", "Where is my parcel?", 0);
        assertThat(questions).containsEntry("plain", "Where is my parcel?");

        offer(4, "alone", SYSTEM + "Where is my parcel?", 3); // about 12 characters of prefix
        prefixes.finish((item, t, skip) -> questions.put(item, t.substring(skip)));
        assertThat(questions.get("alone")).isEqualTo("support agent for Acme. Answer briefly.\n\nWhere is my parcel?");
    }
}
