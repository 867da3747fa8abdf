package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.cache.Fingerprint;
import com.netra.apex.core.cache.MeaningGuard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MeaningGuard} verdicts the near-duplicate search needs, at a price a million prompts can
 * pay: each prompt's fingerprint is stored once as the number of its distinct encoding (most prompts
 * share a handful of encodings), equal numbers are compatible without a look, and a verdict for a pair
 * of encodings is computed once.
 */
final class MeaningChecks {

    /** Verdicts remembered before the memo starts over; each is two ints and a short reason. */
    private static final int MAX_VERDICTS = 1 << 20;
    private static final String COMPATIBLE = "";

    private final MeaningGuard guard = MeaningGuard.standard();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> encodings = new ArrayList<>();
    private final Map<Long, String> verdicts = new HashMap<>();

    /** The encoded fingerprint of a prompt; thread-safe, so signatures can be computed in parallel. */
    String encode(String prompt) {
        return guard.fingerprint(prompt).encode();
    }

    int id(String encoding) {
        Integer id = ids.get(encoding);
        if (id == null) {
            id = encodings.size();
            ids.put(encoding, id);
            encodings.add(encoding);
        }
        return id;
    }

    boolean compatible(int cached, int asked) {
        return difference(cached, asked) == null;
    }

    /**
     * Why an answer to the {@code cached} prompt would not do for the {@code asked} one (numbers, negation,
     * names...), or null when it would. Directional, as the guard is: an omitted name passes one way only.
     */
    String difference(int cached, int asked) {
        if (cached == asked) {
            return null;
        }
        long pair = ((long) cached << 32) | (asked & 0xFFFF_FFFFL);
        String reason = verdicts.get(pair);
        if (reason == null) {
            if (verdicts.size() >= MAX_VERDICTS) {
                verdicts.clear();
            }
            MeaningGuard.Verdict v = guard.compare(Fingerprint.decode(encodings.get(cached)),
                    Fingerprint.decode(encodings.get(asked)));
            reason = v.compatible() ? COMPATIBLE : v.reason();
            verdicts.put(pair, reason);
        }
        return reason.isEmpty() ? null : reason;
    }
}
