package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.wedge.analysis.EasyRequests.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EasyRequestsTest {

    @Test
    void closedFormWordingIsRecognisedWhateverProductAsks() {
        Map<String, Verdict> cues = Map.ofEntries(
                Map.entry("what's 17.5 times 4?", Verdict.ARITHMETIC),
                Map.entry("How many seconds are there in 3 days?", Verdict.ARITHMETIC),
                Map.entry("Convert 30 miles to kilometres.", Verdict.ARITHMETIC),
                Map.entry("Which is bigger, 2^10 or 1000?", Verdict.COMPARISON),
                Map.entry("Does this sentence contain a date? Answer with yes or no.", Verdict.YES_NO),
                Map.entry("What is the currency of Japan?", Verdict.LOOKUP),
                Map.entry("how do you say thank you in Greek", Verdict.LOOKUP),
                Map.entry("Label this email as spam or not-spam: \"You won!\"", Verdict.FIXED_LABELS),
                Map.entry("Categorize the request into one of sales, support, legal, other.", Verdict.FIXED_LABELS),
                Map.entry("Extract the order number from: \"Order AB-1 shipped\"", Verdict.EXTRACTION));
        cues.forEach((question, cue) -> assertThat(EasyRequests.cueOf(question)).as(question).contains(cue));
    }

    @Test
    void openEndedAndReasoningQuestionsHaveNoCue() {
        for (String question : new String[] {RoutableAnalyzerTest.HARD, RoutableAnalyzerTest.HARD_MEDICAL,
                                             RoutableAnalyzerTest.HARD_MATH, "Write a short poem about Mondays.",
                                             "Summarize this email and label its urgency (low, medium, high).",
                                             "Why did the Roman Empire fall?", "Plan a three-day trip to Lisbon."}) {
            assertThat(EasyRequests.cueOf(question)).as(question).isEmpty();
        }
    }

    @Test
    void theChecksComeBeforeTheCue() {
        String q = "What is 2 plus 2?";
        assertThat(EasyRequests.judge(q, q, 12, 3)).isEqualTo(Verdict.ARITHMETIC);
        assertThat(EasyRequests.judge(q, q, 12, EasyRequests.MAX_OUTPUT_TOKENS + 1)).isEqualTo(Verdict.LONG_ANSWER);
        assertThat(EasyRequests.judge(q, q, 300, 3)).isEqualTo(Verdict.HIDDEN_CONTENT);
        String longer = q + " x".repeat(EasyRequests.MAX_QUESTION_WORDS);
        assertThat(EasyRequests.judge(longer, longer, longer.length() / 4, 3)).isEqualTo(Verdict.LONG_QUESTION);
    }
}
