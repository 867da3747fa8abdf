package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Weather in Paris tomorrow? | Weather in Paris today?",
            "Sales report for March 2024. | Sales report for April 2024.",
            "Meet on Monday at 10am. | Meet on Tuesday at 10am.",
            "Orders since 2024-01-15. | Orders since 2024-01-25.",
            "Call the dentist at 3pm. | Call the dentist at 3am.",
            "Top products last week? | Top products this week?",
            "Plan next month. | Plan last month.",
            "Alarm for 6:30 am. | Alarm for 6:30 pm.",
            "Backup at midnight. | Backup at noon.",
            "What should I pack for Iceland in August? | What should I pack for Iceland in December?",
    })
    void aChangedDateBlocks(String cached, String query) {
        assertBlocked(cached, query, "dates differ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orders since March 1st, 2024. | Orders since 2024-03-01.",
            "Due on 1 March 2024. | Due on March 1, 2024.",
            "Meeting at 3:00 PM on Monday. | The meeting is at 3pm Monday.",
            "Meeting at 15:00. | Meeting at 3 p.m.",
            "Exchange rate today? | What is today's exchange rate?",
            "In February 2024, how many days are there? | How many days are in February 2024?",
            "Python 3 may be slower here. | Python 3 might be slower here.",
    })
    void theSameDateWrittenDifferentlyStaysCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
