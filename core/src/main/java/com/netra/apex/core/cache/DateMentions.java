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
        for (int i = 0; i < words.size(); i++) {
            int at = words.start(i);
            if (numericDateAt(words, i, '-')) {
                scanAt(ISO, text, at, masked, dates, m -> ymd(m.group(1), m.group(2), m.group(3)));
            } else if (numericDateAt(words, i, '/')) {
                scanAt(SLASHED, text, at, masked, dates, m -> num(m.group(1)) + "/" + num(m.group(2)) + "/" + year(m.group(3)));
            } else if (words.listed(i) && MONTH_SPELLINGS.contains(words.lower(i))) {
                monthPatterns(words, i, masked, dates);
            } else if (clockAt(words, i)) {
                scanAt(CLOCK, text, at, masked, dates, DateMentions::clock);
            }
        }
        String blanked = new String(masked);
        dayWords(words, blanked, dates);
        return new Found(dates, blanked);
    }

    /**
     * The case-insensitive month patterns are tried only where they can start: at a word that could be a month,
     * or at the day number one or two words before it ("1 March", "1st of March").
     */
    private static void monthPatterns(Words words, int i, char[] masked, List<String> dates) {
        String text = words.text();
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (Character.isDigit(words.lower(j).charAt(0))) {
                scanAt(DAY_MONTH, text, words.start(j), masked, dates,
                        m -> named(m.group(2)) ? ymd(m.group(3), month(m.group(2)), m.group(1)) : null);
            }
        }
        scanAt(MONTH_DAY, text, words.start(i), masked, dates,
                m -> named(m.group(1)) ? ymd(m.group(3), month(m.group(1)), m.group(2)) : null);
        scanAt(MONTH_YEAR, text, words.start(i), masked, dates,
                m -> named(m.group(1)) ? m.group(2) + "-" + month(m.group(1)) : null);
    }

    /** A clock time starts here: "15:00", "3pm", "3 PM", "3 p.m.". */
    private static boolean clockAt(Words words, int i) {
        String w = words.lower(i);
        if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || w.length() > 4) {
            return false;
        }
        int end = words.start(i) + w.length();
        String text = words.text();
        boolean colon = end + 1 < text.length() && text.charAt(end) == ':' && Character.isDigit(text.charAt(end + 1));
        String next = words.lower(i + 1);
        boolean meridiem = w.endsWith("am") || w.endsWith("pm") || next.equals("am") || next.equals("pm")
                || next.equals("a") || next.equals("p");
        return colon || meridiem;
    }

    /** A numeric date may start here: a token of digits followed by the separator and another digit. */
    private static boolean numericDateAt(Words words, int i, char separator) {
        String w = words.lower(i);
        int end = words.start(i) + w.length();
        String text = words.text();
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && end + 1 < text.length()
                && text.charAt(end) == separator && Character.isDigit(text.charAt(end + 1));
    }

    private interface Canon {
        String of(Matcher m);
    }

    /** One match attempt at {@code at}, skipped where an earlier, more specific pattern already took the text. */
    private static void scanAt(Pattern p, String text, int at, char[] masked, List<String> dates, Canon canon) {
        if (masked[at] == ' ') {
            return;
        }
        Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return;
        }
        String date = canon.of(m);
        if (date != null) {
            dates.add(date);
            for (int i = m.start(); i < m.end(); i++) {
                masked[i] = ' ';
            }
        }
    }

    /** The words this extractor reacts to, for {@link Lexicon}. */
    static Set<String> vocabulary() {
        Set<String> words = new java.util.HashSet<>(MONTH_SPELLINGS);
        words.addAll(DAY_TOKENS);
        return words;
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
            if (!words.listed(i) || !DAY_TOKENS.contains(words.lower(i)) || masked.charAt(words.start(i)) == ' ') {
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
        String md = twoDigits(mo) + "-" + twoDigits(d);
        return year == null ? md : year + "-" + md;
    }

    private static String month(String name) {
        int index = MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3));
        return twoDigits(index + 1);
    }

    private static String clock(Matcher m) {
        if (m.group(3) != null) {
            int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            return "t" + twoDigits(h) + ":" + (m.group(2) == null ? "00" : m.group(2));
        }
        int h = Integer.parseInt(m.group(4));
        return h > 23 ? null : "t" + twoDigits(h) + ":" + m.group(5);
    }

    /** Zero-padded, as String.format("%02d") would, without its cost on the hot path. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }
}
