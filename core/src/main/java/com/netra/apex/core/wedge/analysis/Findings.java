package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;

/** The choice every analyzer makes at the end: priced dollars, or unknown dollars when nothing affected could be priced. */
final class Findings {

    private Findings() {
    }

    /**
     * A priced finding, unless rows were affected and none of them could be priced: then the dollars are
     * unknown, never $0. When only some could be priced the dollars are those of the priced rows, a lower
     * bound, and the evidence counts the rest.
     */
    static Finding of(FindingKind kind, String title, Money dollars, long pricedRows, long unpricedRows, LogSpan span,
                      Confidence confidence, Evidence evidence, String setting, String recommendation) {
        if (pricedRows == 0 && unpricedRows > 0) {
            return Finding.unpriced(kind, title, confidence, evidence, setting, recommendation);
        }
        return Finding.priced(kind, title, dollars, span, confidence, evidence, setting, recommendation);
    }

    static String plural(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
