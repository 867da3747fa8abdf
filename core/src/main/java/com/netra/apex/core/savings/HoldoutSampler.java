package com.netra.apex.core.savings;

/** Placeholder: replaced by the holdout sampler. */
public final class HoldoutSampler {
    public boolean inHoldout(String requestId, double fraction) {
        return fraction > 0 && (requestId.hashCode() & 0xffff) / 65536.0 < fraction;
    }
}
