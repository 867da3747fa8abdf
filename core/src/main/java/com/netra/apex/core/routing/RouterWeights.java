package com.netra.apex.core.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a {@link LearnedRouter} needs, as stored in its JSON weights file.
 *
 * @param target           what the linear model predicts: {@code gain} (strong minus weak correctness)
 *                         or {@code weak_wrong} (log-odds that the weak model is wrong)
 * @param weights          one weight per feature dimension: the hashed buckets, then the shape features
 * @param costExponent     the predicted need is divided by (words + costOutputTokens) to this power,
 *                         so 1 ranks prompts by accuracy gained per dollar and 0 ignores cost
 * @param costOutputTokens the assumed answer length in input-token price units (see PromptPricing)
 * @param quantiles        ascending cost-adjusted scores of the training prompts (out of fold); they map a
 *                         score to its rank, the 0..1 strong probability
 * @param threshold        the shipped operating point on that 0..1 scale
 * @param provenance       how the file was trained: data, models, settings and cross-validation
 */
public record RouterWeights(int bucketBits, String target, double bias, double[] weights, double costExponent,
                            double costOutputTokens, double[] quantiles, double threshold,
                            Map<String, Object> provenance) {

    public static final String GAIN = "gain";
    public static final String WEAK_WRONG = "weak_wrong";

    public RouterWeights {
        if (!GAIN.equals(target) && !WEAK_WRONG.equals(target)) {
            throw new IllegalArgumentException("unknown router target '" + target + "'");
        }
        if (weights.length != (1 << bucketBits) + PromptFeatures.SHAPE_FEATURES || quantiles.length < 2) {
            throw new IllegalArgumentException("router weights do not match " + bucketBits + " bucket bits");
        }
        // Insertion order kept so a retrained file is byte-identical to the last one.
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }
}
