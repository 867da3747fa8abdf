package com.netra.apex.core.wedge.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewords a request without changing what it asks: one short greeting in front or one thanks after,
 * nothing else, so rewordings stay lexically close (the Wedge matches near-duplicates on word shingles).
 * Each wording of a base is handed out once; {@link #exhausted} says when a base has none left.
 */
final class Rewordings {

    private static final List<String> WORDINGS = List.of("%s", "Please %s", "Hi, %s", "%s Thanks!", "%s Thank you.");

    private final Map<String, Integer> used = new HashMap<>();

    boolean exhausted(String base) {
        return used.getOrDefault(base, 0) >= WORDINGS.size();
    }

    String next(String base) {
        int n = used.merge(base, 1, Integer::sum) - 1;
        return String.format(WORDINGS.get(n % WORDINGS.size()), base);
    }
}
