package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I increase the font size? | How do I decrease the font size?",
            "Should I buy Tesla stock now? | Should I sell Tesla stock now?",
            "What is the maximum attachment size? | What is the minimum attachment size?",
            "Which planet is the largest? | Which planet is the smallest?",
            "Take it before meals? | Take it after meals?",
            "How do I enable dark mode? | How do I disable dark mode?",
            "List cities above 30 degrees. | List cities below 30 degrees.",
            "Sort in ascending order. | Sort in descending order.",
            "How do I turn on notifications? | How do I turn off notifications?",
            "Why did revenue rise? | Why did revenue fall?",
            "How do I zoom in on a PDF? | How do I zoom out on a PDF?",
            "Is my blood sugar high? | Is my blood sugar low?",
            "What are the advantages of a monorepo? | What are the disadvantages of a monorepo?",
            "Reverse a list in python. | Reverse a list in javascript.",
    })
    void anOppositeWordBlocks(String cached, String query) {
        assertBlocked(cached, query, "polarity differs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Translate this from English to French. | Translate this from French to English.",
            "Convert miles to kilometers. | Convert kilometers to miles.",
            "Migrate the database from MySQL to Postgres. | Migrate the database from Postgres to MySQL.",
            "Why is the east coast warmer than the west coast? | Why is the west coast warmer than the east coast?",
    })
    void aReversedDirectionBlocks(String cached, String query) {
        assertBlocked(cached, query, "order differs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I raise my credit limit? | How can I increase my credit limit?",
            "How do I turn off notifications? | How do I disable notifications?",
            "What is the fastest way to learn Spanish? | What's the quickest way to learn Spanish?",
            "What's the difference between a Roth IRA and a traditional IRA? | How does a Roth IRA differ from a traditional IRA?",
            "Translate English to French. | Translate into French from English.",
            "Show me the latest release notes. | Show me the most recent release notes.",
            "Delete the old branch. | Remove the old branch.",
    })
    void synonymsOfOnePoleStayCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
