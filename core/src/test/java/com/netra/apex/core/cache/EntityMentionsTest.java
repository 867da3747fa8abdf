package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is the population of Sydney? | What is the population of Melbourne?",
            "How do I reset my password in Salesforce? | How do I reset my password in HubSpot?",
            "Draft an email to Sarah about the budget. | Draft an email to Priya about the budget.",
            "What train goes from London to Edinburgh? | What train goes from London to Glasgow?",
            "What is the capital of Australia? | What is the capital of Austria?",
            "Compare the iPhone 15 with the Pixel 8. | Compare the iPhone 15 with the Galaxy S23.",
            "Summarize the GDPR rules on retention. | Summarize the CCPA rules on retention.",
            "Write a bio for Maria Lopez. | Write a bio for Maria Chen.",
            "How do I use vitamin C serum? | How do I use vitamin E serum?",
    })
    void aSwappedNameBlocks(String cached, String query) {
        assertBlocked(cached, query);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I cancel my Netflix subscription? | How can I cancel my subscription to Netflix?",
            "Explain the difference between TCP and UDP. | What's the difference between UDP and TCP?",
            "The Hugging Face Hub hosts datasets. | The Hub hosts datasets.",
            "Tasks provide demos for ML tasks. | Tasks provide demos for Machine Learning projects.",
            "HOW DO I CANCEL MY ORDER? | How do I cancel my order?",
            "Overview: Load a dataset, Share a dataset. | The overview covers loading and sharing a dataset.",
            "Save datasets in a Pythonic way. | Save datasets using Python.",
            "Stripe's webhook returns a 400 error. | The Stripe webhook is returning a 400 error.",
    })
    void theSameNamesRephrasedStayCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
