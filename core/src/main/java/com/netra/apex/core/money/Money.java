package com.netra.apex.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact amount of US dollars; never a double, so sums of millions of tiny costs stay exact. */
public record Money(BigDecimal usd) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (usd == null) {
            throw new IllegalArgumentException("usd must not be null");
        }
        usd = usd.signum() == 0 ? BigDecimal.ZERO : usd.stripTrailingZeros();
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money ofMicros(long micros) {
        return new Money(BigDecimal.valueOf(micros, 6));
    }

    /** The cost of {@code tokens} at a price quoted per million tokens. */
    public static Money perMillionTokens(Money pricePerMillion, long tokens) {
        // Moving the point is the exact division by a million without BigDecimal's long-division path,
        // which dominated pricing a million rows.
        return new Money(pricePerMillion.usd.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6));
    }

    /** The exact sum of amounts; zero for none. */
    public static Money sum(Iterable<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : amounts) {
            total = total.add(m.usd);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(usd.add(other.usd));
    }

    public Money minus(Money other) {
        return new Money(usd.subtract(other.usd));
    }

    /** Whole micro-dollars, rounded half-even: the unit used for Stripe and display. */
    public long toMicros() {
        return usd.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public boolean isZero() {
        return usd.signum() == 0;
    }

    /** Plain decimal string, e.g. "0.000125"; never scientific notation. */
    public String toPlainString() {
        return usd.toPlainString();
    }

    @Override
    public int compareTo(Money o) {
        return usd.compareTo(o.usd);
    }

    @Override
    public String toString() {
        return "$" + usd.toPlainString();
    }
}
