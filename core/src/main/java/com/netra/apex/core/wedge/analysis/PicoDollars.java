package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A row's cost as a long of 10^-12 dollars, so per-row state is eight bytes rather than a BigDecimal.
 * Exact for every table price (six decimals per million tokens); a cost the log states with more
 * decimals is rounded half-even to the pico-dollar, under $0.000001 over a million rows.
 */
final class PicoDollars {

    /** Marks a row whose cost is unknown: never added as zero. */
    static final long UNPRICED = Long.MIN_VALUE;

    private PicoDollars() {
    }

    static long of(Optional<Money> cost) {
        return cost.map(PicoDollars::of).orElse(UNPRICED);
    }

    static long of(Money money) {
        return money.usd().movePointRight(12).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    static Money money(long picos) {
        return new Money(BigDecimal.valueOf(picos, 12));
    }

    /** Sums costs without overflow: a long of pico-dollars holds only $9.2 million. */
    static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private long pending;

        void add(long picos) {
            long next = pending + picos;
            if (((pending ^ next) & (picos ^ next)) < 0) { // overflowed: move the running part aside first
                total = total.add(BigDecimal.valueOf(pending, 12));
                next = picos;
            }
            pending = next;
        }

        Money money() {
            return new Money(total.add(BigDecimal.valueOf(pending, 12)));
        }

        void reset() {
            total = BigDecimal.ZERO;
            pending = 0;
        }
    }
}
