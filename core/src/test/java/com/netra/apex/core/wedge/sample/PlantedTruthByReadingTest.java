package com.netra.apex.core.wedge.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.Cost;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.pricing.PriceTableLoader;
import com.netra.apex.core.usage.TokenUsage;
import com.netra.apex.core.wedge.LogRow;
import com.netra.apex.core.wedge.ingest.LogReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planted truth checked the way an analysis would find it: by reading the logs back. */
class PlantedTruthByReadingTest {

    private static final PriceTable PRICES = PriceTableLoader.shipped();
    private static final List<LogRow> READ = new ArrayList<>();
    private static final Map<String, PlantedWaste> PLANTED = new HashMap<>();
    private static PlantedTruth truth;

    @BeforeAll
    static void generateAndRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleLogs logs = new SampleLogs(11, 3_000);
        logs.forEach(r -> PLANTED.put(r.rowId(), r.waste()));
        truth = SampleLogFile.write(logs, out);
        new LogReader("acme").read(new ByteArrayInputStream(out.toByteArray()), READ::add);
    }

    private static List<LogRow> planted(PlantedWaste waste) {
        return READ.stream().filter(r -> PLANTED.get(r.rowId()) == waste).toList();
    }

    private static Money price(LogRow r) {
        Cost c = PRICES.cost(r.provider(), r.model(), new TokenUsage(r.inputTokens(), r.cachedInputTokens(),
                r.cacheWriteTokens(), r.outputTokens()), LocalDate.ofInstant(r.timestamp(), ZoneOffset.UTC));
        return c.priced() ? c.amount().get() : null;
    }

    @Test
    void pricingTheRowsReadGivesThePlantedSpend() {
        assertThat(READ).hasSize(3_000);
        assertThat(READ.stream().map(PlantedTruthByReadingTest::price).filter(m -> m != null).reduce(Money.ZERO, Money::plus))
                .isEqualTo(truth.pricedSpend());
        Set<String> unpriced = new HashSet<>();
        READ.stream().filter(r -> price(r) == null).forEach(r -> unpriced.add(r.model()));
        assertThat(unpriced).isEqualTo(truth.unpricedModels());
    }

    @Test
    void exactDuplicatesAreExactlyTheRowsWhosePromptHashRepeats() {
        Set<String> seen = new HashSet<>();
        List<LogRow> repeats = READ.stream().filter(r -> !seen.add(r.model() + r.promptHash())).toList();
        assertThat(repeats).hasSize((int) truth.of(PlantedWaste.EXACT_DUPLICATE).rows());
        assertThat(repeats).allMatch(r -> PLANTED.get(r.rowId()) == PlantedWaste.EXACT_DUPLICATE);
        assertThat(repeats.stream().map(PlantedTruthByReadingTest::price).reduce(Money.ZERO, Money::plus))
                .isEqualTo(truth.of(PlantedWaste.EXACT_DUPLICATE).spend());
    }

    @Test
    void uncachedSystemPromptsShowAsLongRepeatedPrefixesWithNoCachedTokens() {
        List<LogRow> uncached = planted(PlantedWaste.UNCACHED_SYSTEM_PROMPT);
        assertThat(uncached).allMatch(r -> r.prefixTokens() > 1024 && r.cachedInputTokens() == 0);
        assertThat(uncached.stream().mapToLong(LogRow::prefixTokens).sum()).isEqualTo(truth.uncachedPrefixTokens());
        assertThat(uncached.stream().map(r -> r.model() + r.prefixHash()).distinct().count())
                .isEqualTo(truth.uncachedPrefixGroups());
        assertThat(READ.stream().filter(r -> PLANTED.get(r.rowId()) != PlantedWaste.UNCACHED_SYSTEM_PROMPT))
                .allMatch(r -> r.prefixTokens() < 1024);
    }

    @Test
    void easyQuestionsAreShortPromptsOnFlagshipModels() {
        assertThat(planted(PlantedWaste.EASY_ON_FLAGSHIP)).isNotEmpty().allMatch(r -> r.promptText().length() < 80
                && Set.of("gpt-4o", "gpt-4.1", "claude-sonnet-4-5").contains(r.model()) && r.outputTokens() <= 30);
    }

    @Test
    void bloatedPromptsRepeatTheirContextAndCarryPrettyPrintedJsonInAJsonBlock() {
        assertThat(planted(PlantedWaste.BLOATED_PROMPT)).isNotEmpty().allSatisfy(r -> {
            String context = r.promptText().substring(r.promptText().indexOf("Context:\n\n") + 10);
            String paragraph = context.substring(0, context.indexOf("\n\n"));
            assertThat(context.split(java.util.regex.Pattern.quote(paragraph), -1).length - 1).isGreaterThanOrEqualTo(3);
            assertThat(r.promptText()).contains("```json\n{\n  \"order_id\" : ");
        });
        assertThat(truth.bloatExcessTokens()).isGreaterThan(planted(PlantedWaste.BLOATED_PROMPT).size() * 200L);
    }

    @Test
    void supportBotConversationsResendTheirPrefixWithinMinutesButConversationsAreHoursApart() {
        List<LogRow> uncached = planted(PlantedWaste.UNCACHED_SYSTEM_PROMPT);
        Map<String, java.time.Instant> last = new HashMap<>();
        long withinFiveMinutes = uncached.stream().filter(r -> {
            java.time.Instant before = last.put(r.model() + r.prefixHash(), r.timestamp());
            return before != null && !r.timestamp().isAfter(before.plus(java.time.Duration.ofMinutes(5)));
        }).count();
        assertThat(withinFiveMinutes).isEqualTo(truth.cacheableRepeats()).isBetween(uncached.size() / 4L, uncached.size() / 2L);
    }

    @Test
    void nearDuplicatesAreRewordingsButNoneIsAnExactRepeat() {
        List<LogRow> near = planted(PlantedWaste.NEAR_DUPLICATE);
        assertThat(near.stream().map(LogRow::promptHash).distinct().count()).isEqualTo(near.size());
        assertThat(near.stream().map(PlantedTruthByReadingTest::withoutCourtesy).distinct().count())
                .isEqualTo(truth.nearDuplicateFamilies());
    }

    /** The request with the rewording's greeting or thanks taken off: the same for every member of a cluster. */
    private static String withoutCourtesy(LogRow r) {
        String user = r.promptText().substring(r.promptText().lastIndexOf('\n') + 1);
        return user.replaceFirst("^(Please |Hi, )", "").replaceFirst(" (Thanks!|Thank you\\.)$", "");
    }

    @Test
    void teamsKeysAndTagsAreCarriedThrough() {
        assertThat(READ.stream().map(LogRow::keyId).distinct()).contains("key-support-prod", "key-search-prod",
                "key-analytics-prod", "key-content-prod", "key-support-staging");
        assertThat(READ).allMatch(r -> r.tags().stream().anyMatch(t -> t.startsWith("team:")));
        assertThat(READ.stream().map(LogRow::provider).distinct()).containsExactlyInAnyOrder("openai", "anthropic", "unknown");
    }
}
