package com.netra.apex.core.cache;

import java.util.Iterator;
import java.util.List;

/** Compares the number multisets of two fingerprints, telling a changed unit from a changed value. */
final class NumberDiff {

    private NumberDiff() {
    }

    /** "numbers differ: 5 vs 50", "units differ: 5 km vs 5 mi", or null when the numbers agree. */
    static String reason(Fingerprint a, Fingerprint b) {
        List<String> onlyA = FeatureDiff.minus(a.numbers(), b.numbers());
        List<String> onlyB = FeatureDiff.minus(b.numbers(), a.numbers());
        pairUnitless(onlyA, onlyB);
        absorbOnes(onlyA, b.softOnes());
        absorbOnes(onlyB, a.softOnes());
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            return null;
        }
        for (String x : onlyA) {
            for (String y : onlyB) {
                if (value(x).equals(value(y))) {
                    return "units differ: " + x + " vs " + y;
                }
            }
        }
        return "numbers differ: " + listed(onlyA) + " vs " + listed(onlyB);
    }

    /** "5 users" and "5 people" agree: a unit written on one side only is not a different unit. */
    private static void pairUnitless(List<String> onlyA, List<String> onlyB) {
        Iterator<String> it = onlyA.iterator();
        while (it.hasNext()) {
            String x = it.next();
            String match = null;
            for (String y : onlyB) {
                boolean oneBare = !x.contains(" ") || !y.contains(" ");
                if (oneBare && value(x).equals(value(y))) {
                    match = y;
                    break;
                }
            }
            if (match != null) {
                onlyB.remove(match);
                it.remove();
            }
        }
    }

    /** A lone "one" on the other side may be the 1 written here ("1 ticket" and "one ticket"). */
    private static void absorbOnes(List<String> only, int softOnes) {
        int left = softOnes;
        Iterator<String> it = only.iterator();
        while (left > 0 && it.hasNext()) {
            if (value(it.next()).equals("1")) {
                it.remove();
                left--;
            }
        }
    }

    private static String value(String mention) {
        int space = mention.indexOf(' ');
        return space < 0 ? mention : mention.substring(0, space);
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
