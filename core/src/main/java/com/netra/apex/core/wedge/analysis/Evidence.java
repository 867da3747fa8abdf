package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finding rests on, for a reader to check it.
 *
 * @param rowsExamined rows the analyzer looked at (all rows it was fed)
 * @param rowsAffected rows that make up the waste
 * @param counts       further figures by name, e.g. "clusters", "refused_by_meaning_guard"
 * @param amounts      dollar breakdowns by name (in the logs' span, not per month), e.g. per model pair
 * @param models       affected rows per model, most first, at most ten
 * @param keys         affected rows per API key, most first, at most ten
 * @param examples     a few example prompts, each cut to about 200 characters
 */
public record Evidence(long rowsExamined, long rowsAffected, Map<String, Long> counts, Map<String, Money> amounts,
                       Map<String, Long> models, Map<String, Long> keys, List<String> examples) {

    public Evidence {
        counts = ordered(counts);
        amounts = ordered(amounts);
        models = ordered(models);
        keys = ordered(keys);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** Insertion order kept: the JSON and the HTML report show figures in the order the analyzer chose. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
