package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Why is my package showing as delivered? | Why is my package not showing as delivered?",
            "Can I return an item that has been opened? | Can I return an item that hasn't been opened?",
            "Show me flights with a layover in Chicago. | Show me flights without a layover in Chicago.",
            "Which features are supported on the free plan? | Which features are unsupported on the free plan?",
            "Is the field required? | Is the field optional?",
            "Is the fee refundable? | Is the fee non-refundable?",
            "The refund arrived. Draft a reply. | The refund never arrived. Draft a reply.",
            "Why is the container able to reach the internet? | Why is the container unable to reach the internet?",
            "I can log in on my phone. | I cannot log in on my phone.",
    })
    void aNegationAddedOrRemovedBlocks(String cached, String query) {
        assertBlocked(cached, query, "negation differs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I don't have access to billing. | I do not have access to billing.",
            "It isn't working after the update. | It's not working after the update.",
            "Can't install packages behind a proxy. | I cannot install packages behind a proxy.",
            "I can't log in. | I'm unable to log in.",
            "No, it doesn't exist in version 2.10.0. | Version 2.10.0 does not include it.",
            "Don't forget to add tax. | Remember to add tax.",
            "The feature is not supported. | The feature is unsupported.",
            "Is the cast safe or not? | Is the cast safe?",
            "It is not only fast but cheap. | It is fast and cheap.",
            "Use the non-hashable transform; the non-hashable transform is slow. | This non-hashable transform is slow.",
            "I never got the email. | I didn't get the email.",
    })
    void rephrasedNegationsStayCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
