package com.netra.apex.core.cache;

import java.util.HashSet;
import java.util.Set;

/** Counts negation markers; two prompts whose counts differ in parity say opposite things. */
final class Negations {

    /** Plain markers, counted each time. "nor" is left out: "neither X nor Y" negates once, like "not X or Y". */
    private static final Set<String> MARKERS = Set.of(
            "not", "no", "never", "none", "neither", "nothing", "nobody", "nowhere", "cannot",
            "without", "except", "unable", "lack", "lacks", "lacking", "lacked", "missing", "avoid", "avoids",
            "avoiding", "avoided", "prevent", "prevents", "preventing", "prevented", "omit", "omits", "omitting",
            "omitted");

    /**
     * Words that carry their negation inside, counted so that "unsupported" and "not supported" agree while
     * "supported" and "unsupported" do not. Only a curated list: a generic un-/in- prefix rule misfires on
     * "under", "index", "inform", and on paraphrases like "unchanged" for "the same" or "unpack" for "extract".
     */
    private static final Set<String> LEXICAL = Set.of(
            "unavailable", "unsupported", "invalid", "incorrect", "incomplete", "inactive", "inaccurate",
            "incompatible", "inconsistent", "insecure", "unsafe", "unknown", "unclear", "unlikely", "unpaid",
            "unread", "unsigned", "unverified", "unauthorized", "unauthenticated", "unreachable", "unresponsive",
            "unnecessary", "uncertain", "incompletely", "illegal", "impossible", "improper", "ineligible", "unlimited",
            "nonzero", "nonempty", "nonexistent", "optional", "absent", "absence", "unused", "unlisted", "ungrammatical", "unencrypted",
            "unreviewed", "unapproved", "unhealthy", "unfair", "unhappy", "unstable", "unreliable", "unresolved",
            "unassigned", "unanswered", "unpublished", "unsorted", "unprocessed", "unconfirmed", "undelivered",
            "unregistered", "unvaccinated", "uninsured", "unemployed", "untested", "unsaved", "unreadable",
            "inaccessible", "invisible", "insufficient", "ineffective", "irrelevant", "irreversible",
            "dishonest", "disconnected", "dissatisfied", "disagree", "disagrees", "disallowed", "disallow");

    /** Idioms that contain a marker but do not negate anything. */
    private static final Set<String> IDIOM_FOLLOWERS = Set.of("only", "just", "matter", "doubt");

    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "later", "earlier");

    private Negations() {
    }

    /** The words this extractor reacts to, for {@link Lexicon}; "n't" contractions are checked apart. */
    static Set<String> vocabulary() {
        Set<String> words = new HashSet<>(MARKERS);
        words.addAll(LEXICAL);
        words.add("non");
        return words;
    }

    /**
     * Plain markers count each time; a negated word ("non-hashable", "unsupported") counts once however often it
     * recurs, because a paraphrase that says it once less ("this transform") has not changed its meaning.
     */
    static int count(Words words) {
        int count = 0;
        Set<String> negatedWords = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.lower(i);
            if (!words.listed(i) && !w.endsWith("n't")) {
                continue;                                    // most words: no marker can be here
            }
            if (LEXICAL.contains(w)) {
                negatedWords.add(w);
            } else if (w.equals("non")) {
                negatedWords.add("non " + words.lower(i + 1));
            } else if (negates(words, i)) {
                count++;
            }
        }
        return count + negatedWords.size();
    }

    private static boolean negates(Words words, int i) {
        String w = words.lower(i);
        if (w.endsWith("n't")) {
            return !words.lower(i + 1).equals("forget");     // "don't forget" means "remember"
        }
        if (!MARKERS.contains(w)) {
            return false;
        }
        if (IDIOM_FOLLOWERS.contains(words.lower(i + 1))) {
            return false;                                   // "not only", "no matter", "no doubt"
        }
        if (w.equals("not") && words.lower(i - 1).equals("or")) {
            return false;                                   // "whether or not", "cast or not": asks, does not deny
        }
        if (w.equals("no") && COMPARATIVES.contains(words.lower(i + 1)) && words.lower(i + 2).equals("than")) {
            return false;                                   // "no more than 5" is a bound, like "at most 5"
        }
        return !answerParticle(words, i);
    }

    /** "No, it doesn't exist" and "It doesn't exist" mean the same: a leading "No," answers, it does not negate. */
    private static boolean answerParticle(Words words, int i) {
        if (!words.sentenceInitial(i) || !words.lower(i).equals("no")) {
            return false;
        }
        int after = words.start(i) + 2;
        String text = words.text();
        return after >= text.length() || ",.!;".indexOf(text.charAt(after)) >= 0;
    }
}
