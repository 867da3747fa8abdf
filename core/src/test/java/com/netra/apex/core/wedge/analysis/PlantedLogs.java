package com.netra.apex.core.wedge.analysis;

import static com.netra.apex.core.wedge.analysis.TestRows.row;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.wedge.LogRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deterministic three-day log with waste of every kind planted in separate rows, so each finding's
 * true dollars are known: tidy made-up prompts on gpt-4o-mini as background, then near-duplicates
 * (punctuation changes and one-word swaps, plus number changes that must not count), closed-form questions on
 * gpt-4o, messy whitespace, repeated long prefixes, offline tags and an unpriced model.
 */
final class PlantedLogs {

    static final long DAY = 86_400;
    /** gpt-4o-mini, 1,000 input and 100 output tokens. */
    static final Money MINI_CALL = Money.usd("0.00021");

    final List<LogRow> rows = new ArrayList<>();
    Money spend = Money.ZERO;
    Money nearDuplicates = Money.ZERO;
    long nearDuplicateRows;
    long numberChanges;
    Money routable = Money.ZERO;
    Money bloat = Money.ZERO;
    Money caching = Money.ZERO;
    Money batch = Money.ZERO;
    long unpricedRows;

    private final Words words = new Words(2026);
    private long clock;

    static PlantedLogs generate() {
        PlantedLogs logs = new PlantedLogs();
        logs.background(300);
        logs.nearDuplicates(20);
        logs.routable(30);
        logs.bloat(10);
        logs.caching();
        logs.batch(6);
        logs.unpriced(5);
        logs.add(row(logs.words.sentence(20)).atSeconds(0).build(), MINI_CALL); // the log's first moment
        logs.add(row(logs.words.sentence(20)).atSeconds(3 * DAY).build(), MINI_CALL); // and its last
        logs.rows.sort(Comparator.comparing(LogRow::timestamp));
        return logs;
    }

    /** The next timestamp: planted rows are spread over the first three days. */
    private long next() {
        clock += 317;
        return clock % (3 * DAY);
    }

    private void add(LogRow row, Money cost) {
        rows.add(row);
        spend = spend.plus(cost);
    }

    private void background(int n) {
        for (int i = 0; i < n; i++) {
            add(row(words.sentence(30 + i % 40)).atSeconds(next()).build(), MINI_CALL);
        }
    }

    /** Per base: a punctuation change (Jaccard 1) and a one-word swap in 80 words (0.93); every fifth also a number change. */
    private void nearDuplicates(int bases) {
        for (int b = 0; b < bases; b++) {
            String base = words.sentence(80) + " order " + (10_000 + b);
            String[] swapped = base.split(" ");
            swapped[40] = words.word();
            add(row(base).atSeconds(next()).build(), MINI_CALL);
            add(row(base.replace(" order", ", order") + "!").atSeconds(next()).build(), MINI_CALL);
            add(row(String.join(" ", swapped)).atSeconds(next()).build(), MINI_CALL);
            nearDuplicates = nearDuplicates.plus(MINI_CALL).plus(MINI_CALL);
            nearDuplicateRows += 2;
            if (b % 5 == 0) {
                add(row(base.replace("order " + (10_000 + b), "order " + (20_000 + b))).atSeconds(next()).build(), MINI_CALL);
                numberChanges++;
            }
        }
    }

    /**
     * {@code n} closed-form questions on gpt-4o with short answers (easy by {@link EasyRequests}), 20 input and
     * 8 output tokens: gpt-4o 0.00013, gpt-4o-mini 0.0000078. Open-ended prompts with equally short answers, and
     * the hard ones, stay where they are.
     */
    private void routable(int n) {
        for (int i = 0; i < n; i++) {
            String question = i % 2 == 0 ? "What is " + (100 + i) + " plus " + (7 * i) + "?"
                    : "Which is larger, " + i + "/7 or " + (i + 3) + "/9?";
            add(row(question).model("openai", "gpt-4o").tokens(20, 0, 0, 8).atSeconds(next()).build(), Money.usd("0.00013"));
            routable = routable.plus(Money.usd("0.0001222"));
        }
        for (int i = 0; i < 10; i++) {
            add(row(words.sentence(12)).model("openai", "gpt-4o").tokens(20, 0, 0, 8).atSeconds(next()).build(),
                    Money.usd("0.00013"));
        }
        for (String hard : List.of(RoutableAnalyzerTest.HARD, RoutableAnalyzerTest.HARD_MEDICAL, RoutableAnalyzerTest.HARD_MATH)) {
            add(row(hard).model("openai", "gpt-4o").tokens(1000, 0, 0, 200).atSeconds(next()).build(), Money.usd("0.0045"));
        }
    }

    /** The truth for bloat is what the compressor removes, at gpt-4o-mini's $0.15 per million input tokens. */
    private void bloat(int n) {
        for (int i = 0; i < n; i++) {
            String text = words.sentence(20) + "   \n\n\n\n\n" + words.sentence(10).replace(" ", "     ") + "   ";
            add(row(text).atSeconds(next()).build(), MINI_CALL);
            bloat = bloat.plus(Money.perMillionTokens(Money.usd("0.15"), PromptBloatAnalyzerTest.removable(text)));
        }
    }

    /**
     * Eight gpt-4o-mini calls two minutes apart with one 3,000-token prefix: 7 misses x 3,000 x (0.15 - 0.075)/M;
     * four more with another prefix an hour apart, which the cache would have forgotten: no misses.
     * Three claude-haiku-4-5 calls within 5 minutes: 2 misses x 3,000 x (1.00 - 0.10)/M minus one write
     * premium of 3,000 x (1.25 - 1.00)/M.
     */
    private void caching() {
        for (int i = 0; i < 8; i++) {
            add(row(words.sentence(15)).prefix("tools-a", 3000).tokens(3500, 0, 0, 100).atSeconds(DAY + i * 120L).build(),
                    Money.usd("0.000585"));
        }
        for (int i = 0; i < 4; i++) {
            add(row(words.sentence(15)).prefix("tools-b", 3000).tokens(3500, 0, 0, 100)
                    .atSeconds(DAY + 7200 + i * 3600L).build(), Money.usd("0.000585"));
        }
        for (int i = 0; i < 3; i++) {
            add(row(words.sentence(15)).model("anthropic", "claude-haiku-4-5").prefix("sys-h", 3000)
                    .tokens(3500, 0, 0, 100).atSeconds(2 * DAY + i * 60L).build(), Money.usd("0.004"));
        }
        caching = Money.usd("0.001575").plus(Money.usd("0.0054")).minus(Money.usd("0.00075"));
    }

    private void batch(int n) {
        for (int i = 0; i < n; i++) {
            add(row(words.sentence(25)).tags("nightly-eval").atSeconds(next()).build(), MINI_CALL);
            batch = batch.plus(new Money(MINI_CALL.usd().multiply(new BigDecimal("0.5"))));
        }
        add(row(words.sentence(25)).tags("nightly-eval").batch().cost("0.000105").atSeconds(next()).build(),
                Money.usd("0.000105"));
    }

    private void unpriced(int n) {
        for (int i = 0; i < n; i++) {
            rows.add(row(words.sentence(25)).model("mistral", "mistral-large").atSeconds(next()).build());
            unpricedRows++;
        }
    }
}
