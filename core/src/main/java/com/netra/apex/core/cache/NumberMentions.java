package com.netra.apex.core.cache;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written as digits, with their currency sign, multiplier and unit, normalized to "value unit". One
 * instance reads one prompt (dates already blanked out by {@link DateMentions}) and reuses its matchers.
 */
final class NumberMentions {

    /**
     * One number. The sign counts only where it cannot be a range dash ("5-10"); a leading "v" is a version
     * marker ("v2.10.0" is 2.10.0); dotted triples stay versions; "1,000" is one thousand only with whole
     * 3-digit groups. Every part is bounded or possessive-free and anchored, so no backtracking blow-up.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?=[-\u2212$\u20AC\u00A3\u00A5\u20B9vV0-9])(?:(?<![\\w.)\\]])([-\u2212]))?(?<![\\w.])([$\u20AC\u00A3\u00A5\u20B9])?(?:[vV](?=\\d))?"
                    + "(\\d+(?:\\.\\d+){2,}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "([eE][-+]?\\d{1,3}(?!\\w))?");

    /** A multiplier right after the digits: "5k", "$2M", "3 million". */
    private static final Pattern MULTIPLIER = Pattern.compile(
            "\\G(?:(k|K|M|B|bn|mn)(?![A-Za-z])|\\s?(thousand|million|billion|trillion)\\b)");

    /** The word or symbol right after a number, read as a unit candidate: "5 km", "5km", "5-minute", "20 °C". */
    private static final Pattern UNIT = Pattern.compile(
            "\\G[ \\t]?-?[ \\t]?([\u00B0\u00BA][ ]?[CcFf](?![A-Za-z])|%|[A-Za-z\u00B5][A-Za-z]{0,14}(?:/[A-Za-z]{1,4})?)");

    /** What may follow "degrees" to say the scale. */
    private static final Pattern SCALE = Pattern.compile(
            "\\G\\s(celsius|centigrade|fahrenheit|kelvin|C|F|K)\\b", Pattern.CASE_INSENSITIVE);

    private final String masked;
    private final Matcher multiplier;
    private final Matcher unit;
    private final Matcher scale;

    NumberMentions(String masked) {
        this.masked = masked;
        this.multiplier = MULTIPLIER.matcher(masked);
        this.unit = UNIT.matcher(masked);
        this.scale = SCALE.matcher(masked);
    }

    /** Every digit number in the text. */
    List<String> digits() {
        List<String> found = new ArrayList<>();
        if (!hasDigit(masked)) {
            return found;
        }
        Matcher m = NUMBER.matcher(masked).useTransparentBounds(true);
        int n = masked.length();
        for (int i = 0; i < n; i++) {
            if (mayStart(masked.charAt(i)) && m.region(i, n).lookingAt()) {
                if (!listMarker(masked, m.end())) {
                    found.add(mention(m));
                }
                i = m.end() - 1;
            }
        }
        return found;
    }

    /** The pattern is tried only where a number can begin, not at every character: most characters are not digits. */
    private static boolean mayStart(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '\u2212' || c == '$' || c == '\u20AC' || c == '\u00A3'
                || c == '\u00A5' || c == '\u20B9' || c == 'v' || c == 'V';
    }

    /** A unit follows directly or after one space or hyphen; anything else ends the look at once. */
    private static boolean mayStartUnit(char c) {
        return c == ' ' || c == '\t' || c == '-' || c == '%' || c == '\u00B0' || c == '\u00BA' || c == '\u00B5'
                || Character.isLetter(c);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "1) download ... 2) generate" numbers the steps of a list; paraphrases drop such markers freely. */
    private static boolean listMarker(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        int open = text.lastIndexOf('(', end);
        int lineStart = text.lastIndexOf('\n', end);
        return open < 0 || open < lineStart || text.indexOf(')', open) < end;
    }

    private String mention(Matcher m) {
        String digits = m.group(3);
        String currency = m.group(2) == null ? null : Units.canonical(m.group(2));
        int pos = m.end();
        BigDecimal scale = BigDecimal.ONE;
        Matcher mult = multiplier.region(pos, masked.length());
        if (m.group(4) == null && isDecimal(digits) && mult.lookingAt()) {
            scale = multiplier(mult.group(1) != null ? mult.group(1) : mult.group(2));
            pos = mult.end();
        }
        String written = currency != null ? currency : unitAt(pos);
        String value = value(digits, m.group(4), scale, written != null && Units.isCurrency(written));
        String signed = m.group(1) != null ? "-" + value : value;
        return written == null ? signed : signed + " " + written;
    }

    private static boolean isDecimal(String digits) {
        return digits.indexOf('.') == digits.lastIndexOf('.');
    }

    private static BigDecimal multiplier(String word) {
        return switch (word) {
            case "k", "K", "thousand" -> BigDecimal.valueOf(1_000);
            case "M", "mn", "million" -> BigDecimal.valueOf(1_000_000);
            case "B", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }

    /**
     * The canonical value. Versions keep their text; "3.10" keeps its zero (Python 3.10 is not 3.1) unless it
     * is money, where $3.50 is $3.5; all-zero decimals go ("5.0" is 5).
     */
    static String value(String digits, String exponent, BigDecimal scale, boolean money) {
        String plain = digits.replace(",", "");
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            return plain;
        }
        boolean zeroDecimals = zeroDecimals(plain);
        boolean exact = exponent == null && scale.equals(BigDecimal.ONE) && !money && !zeroDecimals;
        if (exact) {
            return stripLeadingZeros(plain);
        }
        BigDecimal value = new BigDecimal(exponent == null ? plain : plain + exponent).multiply(scale);
        return value.stripTrailingZeros().toPlainString();
    }

    /** "5.0", "12.000": a decimal point followed only by zeros. */
    private static boolean zeroDecimals(String plain) {
        int dot = plain.indexOf('.');
        if (dot < 1 || dot == plain.length() - 1) {
            return false;
        }
        for (int i = dot + 1; i < plain.length(); i++) {
            if (plain.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String plain) {
        int i = 0;
        while (i < plain.length() - 1 && plain.charAt(i) == '0' && plain.charAt(i + 1) != '.') {
            i++;
        }
        return plain.substring(i);
    }

    /** The canonical unit written at pos (after optional space or hyphen), or null. */
    String unitAt(int pos) {
        if (pos >= masked.length() || !mayStartUnit(masked.charAt(pos))) {
            return null;
        }
        Matcher u = unit.region(pos, masked.length());
        if (!u.lookingAt()) {
            return null;
        }
        String word = u.group(1).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("square") || word.equals("sq") || word.equals("cubic")) {
            String base = unitAt(u.end());                        // "12 square meters" is 12 sq m; resets u
            return base == null ? null : (word.equals("cubic") ? "cu " : "sq ") + base;
        }
        String canonical = Units.canonical(u.group(1).replace("\u00BA", "\u00B0"));
        if ("deg".equals(canonical)) {
            Matcher s = scale.region(u.end(), masked.length());
            if (s.lookingAt()) {
                return Units.canonical(s.group(1).length() == 1 ? "\u00B0" + s.group(1) : s.group(1));
            }
        }
        return canonical;
    }
}
