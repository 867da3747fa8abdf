package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedStringsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Translate 'apple pie' into Spanish. | Translate 'cherry pie' into Spanish.",
            "What does the error \"disk full\" mean? | What does the error \"port in use\" mean?",
            "Find rows where status is 'pending'. | Find rows where status is 'shipped'.",
            "Keywords for “Aurora Lamp”. | Keywords for “Nova Lamp”.",
            "Is the password \"correct horse battery staple\" strong? | Is the password \"correct horse battery\" strong?",
            "Replace every \"colour\" with \"color\". | Replace every \"color\" with \"colour\".",
    })
    void aChangedQuoteBlocks(String cached, String query) {
        assertBlocked(cached, query, "quoted strings");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Translate 'thank you' into Japanese. | How do you say \"Thank you\" in Japanese? Translate it.",
            "The user's account isn't active. | The account of the user is not active.",
            "Follow the \"how to load files\" section. | Follow the directions in the \"how to load files\" section.",
            "It's the customer's order. | It is the order of the customer.",
    })
    void theSameQuotesOrNoQuotesStayCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
