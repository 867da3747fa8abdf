package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMentionsTest {

    @Test
    void theReasonNamesBothNumbers() {
        assertThat(MeaningGuard.standard().compare("How long to walk 5 miles?", "How long to walk 50 miles?").reason())
                .isEqualTo("numbers differ: 5 mi vs 50 mi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Is 91 a prime number? | Is 97 a prime number?",
            "What is 15% of 240? | What is 15% of 420?",
            "Plan a 3-day trip to Lisbon. | Plan a 7-day trip to Lisbon.",
            "Our churn is 4.5% a month. | Our churn is 45% a month.",
            "Explain Python 3.10 pattern matching. | Explain Python 3.1 pattern matching.",
            "The temperature is -5 outside. | The temperature is 5 outside.",
            "We need five replicas. | We need three replicas.",
            "Return the 2nd element. | Return the 3rd element.",
            "Budget is $2.5M. | Budget is $25M.",
            "Upgrade from v2.10.0 please. | Upgrade from v2.11.0 please.",
    })
    void aChangedNumberBlocks(String cached, String query) {
        assertBlocked(cached, query, "numbers differ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Drive 100 km. | Drive 100 miles.",
            "My upload limit is 10 MB. | My upload limit is 10 GB.",
            "Is 30°C hot for a run? | Is 30°F hot for a run?",
            "Bake at 200 degrees Celsius. | Bake at 200 degrees Fahrenheit.",
            "Buy it for $1,200? | Buy it for €1,200?",
            "Exchange 500 USD. | Exchange 500 EUR.",
            "The room is 12 square meters. | The room is 12 square feet.",
            "Raise the price by 10%? | Raise the price by $10?",
    })
    void aChangedUnitBlocks(String cached, String query) {
        assertBlocked(cached, query, "units differ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Summarize in 5 bullet points. | Summarize in five bullet points.",
            "Convert 5 km to miles. | Convert five kilometers to miles.",
            "What is 1,000 divided by 8? | What is 1000 divided by 8?",
            "The $5.00 plan. | The $5 plan.",
            "Set the timeout to 30 seconds. | Set the timeout to 30s.",
            "Give me one reason. | Give me 1 reason.",
            "A budget for a $3,000 monthly income. | A budget for a monthly income of $3000.",
            "Explain recursion to a 10 year old. | Explain recursion to a ten-year-old.",
            "Twenty-five people came. | 25 people came.",
            "It costs 5 million dollars. | It costs $5M.",
            "Set it to a non-zero value. | Set it to a nonzero value.",
            "It works in two steps: 1) download, and 2) build. | It works in two steps: download, then build.",
    })
    void theSameNumberWrittenDifferentlyStaysCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
