package com.netra.apex.core.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times and day words normalized to one spelling ("March 1st, 2024" and "2024-03-01" agree). */
final class DateMentions {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z])(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s?([ap])\\.?m\\b\\.?|\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Set<String> DAY_WORDS = Set.of("today", "tomorrow", "yesterday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday", "weekdays", "noon", "midnight");
    private static final Map<String, String> RELATIVE = Map.of("next", "next", "coming", "next", "upcoming", "next",
            "last", "last", "previous", "last", "past", "last", "this", "this", "current", "this");
    private static final Set<String> SPANS = Set.of("week", "month", "year", "quarter", "weekend", "decade");
    /** Month names that are also ordinary words count only capitalized and mid-sentence. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "august");
    private static final Set<String> FULL_MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> MONTH_SPELLINGS = monthSpellings();
    /** Every word dayWords reacts to, so the common case is one failed lookup per word. */
    private static final Set<String> DAY_TOKENS = dayTokens();

    private DateMentions() {
    }

    /** The found dates and the text with them blanked out, so their digits are not counted again as numbers. */
    record Found(List<String> dates, String masked) { }

    static Found find(String text, Words words) {
        List<String> dates = new ArrayList<>();
        char[] masked = text.toCharArray();
        if (digitsAround(text, '-')) {
            scan(ISO, text, masked, dates, m -> ymd(m.group(1), m.group(2), m.group(3)));
        }
        if (digitsAround(text, '/')) {
            scan(SLASHED, text, masked, dates, m -> num(m.group(1)) + "/" + num(m.group(2)) + "/" + year(m.group(3)));
        }
        if (hasMonthWord(words)) {
            monthPatterns(text, masked, dates);
        }
        if (digitsAround(text, ':') || hasMeridiem(words)) {
            scan(CLOCK, text, masked, dates, DateMentions::clock);
        }
        String blanked = new String(masked);
        dayWords(words, blanked, dates);
        return new Found(dates, blanked);
    }

    /** The slower, case-insensitive month patterns run only when some word could be a month. */
    private static void monthPatterns(String text, char[] masked, List<String> dates) {
        scan(MONTH_DAY, text, masked, dates, m -> named(m.group(1)) ? ymd(m.group(3), month(m.group(1)), m.group(2)) : null);
        scan(DAY_MONTH, text, masked, dates, m -> named(m.group(2)) ? ymd(m.group(3), month(m.group(2)), m.group(1)) : null);
        scan(MONTH_YEAR, text, masked, dates, m -> named(m.group(1)) ? m.group(2) + "-" + month(m.group(1)) : null);
    }

    private static boolean hasMonthWord(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (MONTH_SPELLINGS.contains(words.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit sits on both sides of the separator somewhere, as in every ISO, slashed or clock date. */
    private static boolean digitsAround(String text, char separator) {
        for (int i = text.indexOf(separator); i > 0 && i + 1 < text.length(); i = text.indexOf(separator, i + 1)) {
            if (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "3pm", "3 PM", "3 p.m.": a token that is or ends in am/pm, or a lone "a"/"p" before "m". */
    private static boolean hasMeridiem(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.lower(i);
            boolean attached = (w.endsWith("am") || w.endsWith("pm")) && Character.isDigit(w.charAt(0));
            boolean apart = (w.equals("am") || w.equals("pm") || w.equals("a") || w.equals("p"))
                    && !words.lower(i - 1).isEmpty() && Character.isDigit(words.lower(i - 1).charAt(0));
            if (attached || apart) {
                return true;
            }
        }
        return false;
    }

    private interface Canon {
        String of(Matcher m);
    }

    /** Matches are taken on the original text but skipped where an earlier, more specific pattern already ran. */
    private static void scan(Pattern p, String text, char[] masked, List<String> dates, Canon canon) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (masked[m.start()] == ' ' && !Character.isWhitespace(text.charAt(m.start()))) {
                continue;
            }
            String date = canon.of(m);
            if (date != null) {
                dates.add(date);
                for (int i = m.start(); i < m.end(); i++) {
                    masked[i] = ' ';
                }
            }
        }
    }

    private static Set<String> monthSpellings() {
        Set<String> spellings = new java.util.HashSet<>(FULL_MONTHS);
        spellings.addAll(MONTHS);
        spellings.add("sept");
        return spellings;
    }

    private static Set<String> dayTokens() {
        Set<String> tokens = new java.util.HashSet<>(DAY_WORDS);
        tokens.addAll(RELATIVE.keySet());
        tokens.addAll(FULL_MONTHS);
        DAY_WORDS.forEach(w -> tokens.add(w + "'s"));
        return tokens;
    }

    private static void dayWords(Words words, String masked, List<String> dates) {
        for (int i = 0; i < words.size(); i++) {
            if (!DAY_TOKENS.contains(words.lower(i)) || masked.charAt(words.start(i)) == ' ') {
                continue;
            }
            String w = EntityMentions.normalize(words.lower(i));    // "today's" is today
            if (DAY_WORDS.contains(w)) {
                dates.add(w);
            } else if (RELATIVE.containsKey(w) && SPANS.contains(singular(words.lower(i + 1)))) {
                dates.add(RELATIVE.get(w) + " " + singular(words.lower(i + 1)));
            } else if (FULL_MONTHS.contains(w) && monthWord(words, i)) {
                dates.add("m" + month(w));
            }
        }
    }

    /** Abbreviations and "may", "march", "august" are months only when capitalized: "3 may be" is no date. */
    private static boolean named(String month) {
        String name = month.endsWith(".") ? month.substring(0, month.length() - 1) : month;
        boolean unambiguous = FULL_MONTHS.contains(name.toLowerCase(Locale.ROOT))
                && !AMBIGUOUS_MONTHS.contains(name.toLowerCase(Locale.ROOT));
        return unambiguous || Character.isUpperCase(name.charAt(0));
    }

    private static boolean monthWord(Words words, int i) {
        if (!AMBIGUOUS_MONTHS.contains(words.lower(i))) {
            return true;
        }
        return Character.isUpperCase(words.raw(i).charAt(0)) && !words.sentenceInitial(i);
    }

    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String ymd(String year, String month, String day) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) {
            return null;
        }
        String md = String.format(Locale.ROOT, "%02d-%02d", mo, d);
        return year == null ? md : year + "-" + md;
    }

    private static String month(String name) {
        int index = MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3));
        return String.format(Locale.ROOT, "%02d", index + 1);
    }

    private static String clock(Matcher m) {
        if (m.group(3) != null) {
            int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            return String.format(Locale.ROOT, "t%02d:%s", h, m.group(2) == null ? "00" : m.group(2));
        }
        int h = Integer.parseInt(m.group(4));
        return h > 23 ? null : String.format(Locale.ROOT, "t%02d:%s", h, m.group(5));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }
}
