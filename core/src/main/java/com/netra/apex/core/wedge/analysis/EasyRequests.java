package com.netra.apex.core.wedge.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Wedge's one definition of an "easy" request, the kind a flagship model is wasted on. A successful
 * call to a model with a cheaper sibling ({@link Downgrades}) is easy when all of these hold:
 * <ol>
 * <li><b>text only</b>: its billed input tokens are no more than {@link #HIDDEN_SLACK} (30%) plus
 *     {@link #HIDDEN_TOKENS} over what its visible text accounts for (four characters a token), so it
 *     carried no tools, images or files that the log's text leaves out;</li>
 * <li><b>short question</b>: the question (the prompt after its stable system prefix) has at most
 *     {@link #MAX_QUESTION_WORDS} words;</li>
 * <li><b>short answer</b>: the model answered in at most {@link #MAX_OUTPUT_TOKENS} output tokens;</li>
 * <li><b>closed form</b>: the prompt asks for one checkable answer, recognised by its wording: arithmetic or
 *     unit conversion, a comparison of two values, a yes/no or true/false answer, a short factual lookup (a
 *     capital, a word's translation or spelling), or a choice among labels it lists (classify / tag / label
 *     as a, b or c) or an extraction of named fields. The whole prompt is searched, because pipelines often
 *     put that instruction in the system prompt and send only the item to label as the question.</li>
 * </ol>
 * Small models answer such requests about as well as flagships; anything open-ended (write, explain,
 * summarize, reason, plan), long, or with tools is left alone even when it might route well. The rule
 * is explainable line by line, and it never looks at which product or generator sent the call.
 */
public final class EasyRequests {

    public static final int MAX_QUESTION_WORDS = 80;
    public static final long MAX_OUTPUT_TOKENS = 32;
    static final double HIDDEN_SLACK = 0.3;
    static final long HIDDEN_TOKENS = 24;

    /** Why a flagship call is or is not easy: one of the checks above, or the closed-form cue it matched. */
    public enum Verdict {
        HIDDEN_CONTENT, LONG_QUESTION, LONG_ANSWER, OPEN_ENDED,
        ARITHMETIC, COMPARISON, YES_NO, LOOKUP, FIXED_LABELS, EXTRACTION;

        public boolean easy() {
            return ordinal() >= ARITHMETIC.ordinal();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String NUMBER = "-?\\d[\\d,]*(?:\\.\\d+)?";
    private static final String LIST = "[\\w'-]+(?:\\s*,\\s*[\\w'-]+)*,?\\s+(?:or|and)\\s+[\\w'-]+";
    /** Cues in the order they are tried; each is found anywhere in the question, case-insensitive. */
    private static final Map<Verdict, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue(Verdict.ARITHMETIC, "\\bwhat(?:'s| is)\\s+" + NUMBER + "\\s*(?:plus|minus|times|divided by|multiplied by"
                + "|to the power of|percent of|%\\s*of|[-+*/x×])\\s*" + NUMBER
                + "|\\bhow many \\w+ (?:are |is )?(?:there )?in " + NUMBER
                + "|\\bconvert " + NUMBER + "|\\bwhat is the (?:sum|product|difference|average) of " + NUMBER);
        cue(Verdict.COMPARISON, "\\bwhich is (?:larger|smaller|bigger|greater|higher|lower|older|newer|longer"
                + "|shorter|heavier|lighter|faster|slower|cheaper)\\b");
        cue(Verdict.YES_NO, "\\banswer (?:with |only )?(?:a )?(?:yes or no|yes/no|true or false)\\b");
        cue(Verdict.LOOKUP, "\\bwhat is the (?:capital|currency|capital city|official language|chemical symbol"
                + "|boiling point|square root) of\\b|\\bhow do you say\\b|\\bspell\\b[^.?!\\n]{0,40}\\bbackwards\\b"
                + "|\\bwhat does \\S+ stand for\\b|\\btranslate the word\\b");
        cue(Verdict.FIXED_LABELS, "\\b(?:classify|label|tag|categori[sz]e|mark)\\b[^.?!:\\n]{0,80}?\\b(?:as|into"
                + "|with one of|one of)\\s+(?:one of\\s+)?" + LIST
                + "|\\b(?:classify|label|tag|categori[sz]e)\\b[^.?!:\\n]{0,80}?\\bone of\\s+[\\w'-]+(?:\\s*,\\s*[\\w'-]+){2,}");
        cue(Verdict.EXTRACTION, "\\bextract (?:the |its )?[\\w -]{1,40}?\\b(?:number|date|total|amount|name|id"
                + "|email|address)\\b");
    }

    private static void cue(Verdict verdict, String regex) {
        CUES.put(verdict, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private EasyRequests() {
    }

    /**
     * The verdict for a flagship call: the first failed check, else the closed-form cue its question matched.
     *
     * @param promptText  the whole prompt text as logged
     * @param question    the part after the stable system prefix
     * @param inputTokens every billed input token (full-price, cached and cache-write)
     */
    public static Verdict judge(String promptText, String question, long inputTokens, long outputTokens) {
        if (inputTokens > Math.round(visibleTokens(promptText) * (1 + HIDDEN_SLACK)) + HIDDEN_TOKENS) {
            return Verdict.HIDDEN_CONTENT;
        }
        if (words(question) > MAX_QUESTION_WORDS) {
            return Verdict.LONG_QUESTION;
        }
        if (outputTokens > MAX_OUTPUT_TOKENS) {
            return Verdict.LONG_ANSWER;
        }
        return cueOf(promptText).orElse(Verdict.OPEN_ENDED);
    }

    /** The closed-form cue the question's wording matches, if any. */
    public static Optional<Verdict> cueOf(String question) {
        for (Map.Entry<Verdict, Pattern> cue : CUES.entrySet()) {
            if (cue.getValue().matcher(question).find()) {
                return Optional.of(cue.getKey());
            }
        }
        return Optional.empty();
    }

    /** Four characters a token: o200k and Claude's tokenizers both come close for English text. */
    static long visibleTokens(String text) {
        return (text.length() + 3) / 4;
    }

    /** Words: runs of non-whitespace. */
    public static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }
}
