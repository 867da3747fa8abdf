package com.netra.apex.core.cache;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Canonical names for measurement units and currencies, so "5 kilometers" and "5 km" read the same. */
final class Units {

    private static final Map<String, String> CANONICAL = load();

    private Units() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : WordTable.rows("units.txt")) {
            for (int i = 1; i < row.length; i++) {
                map.put(row[i], row[0]);
            }
        }
        return map;
    }

    /** The canonical unit for a spelling, trying the plural-stripped form too; null when it is no unit. */
    static String canonical(String spelling) {
        String s = spelling.toLowerCase(Locale.ROOT).replace(" ", "");
        String unit = CANONICAL.get(s);
        if (unit == null && s.length() > 2 && s.endsWith("s")) {
            unit = CANONICAL.get(s.substring(0, s.length() - 1));
            if (unit == null && s.endsWith("es")) {
                unit = CANONICAL.get(s.substring(0, s.length() - 2));
            }
        }
        return unit;
    }

    static boolean isCurrency(String unit) {
        return switch (unit) {
            case "usd", "eur", "gbp", "jpy", "inr", "cad", "aud", "chf", "btc", "eth" -> true;
            default -> false;
        };
    }
}
