package com.netra.apex.core.cache;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Decides whether two prompts that embed close together may share one cached answer. */
public final class MeaningGuard {

    private static final MeaningGuard STANDARD = new MeaningGuard();

    private MeaningGuard() {
    }

    /** The guard with the built-in word lists; stateless and thread-safe. */
    public static MeaningGuard standard() {
        return STANDARD;
    }

    /** Whether an answer cached for one prompt may be served for another. */
    public record Verdict(boolean compatible, String reason) {
        static final Verdict COMPATIBLE = new Verdict(true, null);

        static Verdict incompatible(String reason) {
            return new Verdict(false, reason);
        }
    }

    /** Fingerprints both prompts and compares them; for stored entries prefer the fingerprint overload. */
    public Verdict compare(String cachedPrompt, String newPrompt) {
        return compare(fingerprint(cachedPrompt), fingerprint(newPrompt));
    }

    /** Extracts the meaning-critical features of a prompt; do it once and store the result with the entry. */
    public Fingerprint fingerprint(String prompt) {
        String text = prompt == null ? "" : prompt;
        Words words = Words.of(text);
        DateMentions.Found dates = DateMentions.find(text, words);
        NumberMentions reader = new NumberMentions(dates.masked());
        List<String> numbers = reader.digits();
        int softOnes = NumberWords.collect(words, reader, numbers);
        Set<String> entities = new HashSet<>();
        Set<String> weak = new HashSet<>();
        EntityMentions.collect(words, dates.masked(), entities, weak);
        weak.removeAll(entities);
        Set<String> code = new HashSet<>();
        CodeIdentifiers.collect(text, code);
        Set<String> quotes = new LinkedHashSet<>();
        QuotedStrings.collect(text, quotes);
        Set<String> polarity = new HashSet<>();
        PolarityWords.collect(words, polarity);
        Directions.collect(words, polarity);
        return new Fingerprint(Negations.count(words), softOnes, numbers, dates.dates(), List.copyOf(entities),
                List.copyOf(weak), List.copyOf(code), List.copyOf(quotes), List.copyOf(polarity));
    }

    /** The hot path: both fingerprints precomputed. The first difference found is the reason. */
    public Verdict compare(Fingerprint cached, Fingerprint query) {
        if (cached.negations() % 2 != query.negations() % 2) {
            return Verdict.incompatible("negation differs: " + cached.negations() + " vs " + query.negations() + " markers");
        }
        String numbers = NumberDiff.reason(cached, query);
        if (numbers != null) {
            return Verdict.incompatible(numbers);
        }
        if (!cached.dates().equals(query.dates())) {
            return Verdict.incompatible("dates differ: " + listed(FeatureDiff.minus(cached.dates(), query.dates()))
                    + " vs " + listed(FeatureDiff.minus(query.dates(), cached.dates())));
        }
        String polarity = FeatureDiff.classSubstitution(cached.polarity(), query.polarity());
        if (polarity != null) {
            return Verdict.incompatible((polarity.contains(">") ? "order differs: " : "polarity differs: ") + polarity);
        }
        return names(cached, query);
    }

    /** Quotes, code and names: a substitution blocks, an omission passes; a name may reappear as code. */
    private static Verdict names(Fingerprint a, Fingerprint b) {
        String quotes = FeatureDiff.literalSubstitution(a.quotes(), b.quotes());
        if (quotes != null) {
            return Verdict.incompatible("quoted strings differ: " + quotes);
        }
        if (swapped(a.quotes(), b.quotes())) {
            return Verdict.incompatible("quoted strings swapped: " + a.quotes() + " vs " + b.quotes());
        }
        List<List<String>> namesOfA = List.of(a.entities(), a.weakNames(), a.code());
        List<List<String>> namesOfB = List.of(b.entities(), b.weakNames(), b.code());
        String code = FeatureDiff.substitution(a.code(), namesOfB, b.code(), namesOfA);
        if (code != null) {
            return Verdict.incompatible("code identifiers differ: " + code);
        }
        String entities = FeatureDiff.substitution(a.entities(), namesOfB, b.entities(), namesOfA);
        if (entities != null) {
            return Verdict.incompatible("entities differ: " + entities);
        }
        return Verdict.COMPATIBLE;
    }

    /** "Replace 'colour' with 'color'" against "replace 'color' with 'colour'": same quotes, other order. */
    private static boolean swapped(List<String> a, List<String> b) {
        return a.size() > 1 && a.size() == b.size() && !a.equals(b) && a.containsAll(b);
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
