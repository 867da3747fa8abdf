package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of waste found in a customer's logs, in dollars, with how sure we are and what to switch on.
 *
 * @param kind               what kind of waste
 * @param title              one sentence for the report, e.g. "412 near-duplicate prompts a semantic cache would serve"
 * @param dollars            the waste within the logs' time span; empty when it cannot be priced (never $0 then)
 * @param dollarsPerMonth    {@code dollars} scaled to 30 days by {@link LogSpan#perMonth}; empty with it
 * @param confidence         how far the dollars can be trusted, with its basis
 * @param evidence           counts, examples and affected models and keys
 * @param recommendedSetting the Apex settings that remove the waste, e.g. "cache.semantic=on"; empty when no
 *                           Apex setting applies (then {@code recommendation} says what to do instead)
 * @param recommendation     the advice in one sentence
 */
public record Finding(FindingKind kind, String title, Optional<Money> dollars, Optional<Money> dollarsPerMonth,
                      Confidence confidence, Evidence evidence, String recommendedSetting, String recommendation) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(evidence, "evidence");
        if (dollars.isPresent() != dollarsPerMonth.isPresent()) {
            throw new IllegalArgumentException("dollars and dollars per month are known together or not at all");
        }
        recommendedSetting = recommendedSetting == null ? "" : recommendedSetting;
    }

    /** A finding whose waste was priced: the monthly figure is extrapolated from {@code span}. */
    public static Finding priced(FindingKind kind, String title, Money dollars, LogSpan span, Confidence confidence,
                                 Evidence evidence, String recommendedSetting, String recommendation) {
        return new Finding(kind, title, Optional.of(dollars), Optional.of(span.perMonth(dollars)), confidence,
                evidence, recommendedSetting, recommendation);
    }

    /** A finding whose waste cannot be priced: the dollars are unknown, which is not the same as zero. */
    public static Finding unpriced(FindingKind kind, String title, Confidence confidence, Evidence evidence,
                                   String recommendedSetting, String recommendation) {
        return new Finding(kind, title, Optional.empty(), Optional.empty(), confidence, evidence,
                recommendedSetting, recommendation);
    }

    public boolean dollarsKnown() {
        return dollars.isPresent();
    }
}
