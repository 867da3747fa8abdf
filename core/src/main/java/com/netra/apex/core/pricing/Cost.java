package com.netra.apex.core.pricing;

import com.netra.apex.core.money.Money;
import java.util.Optional;

/** What a request cost, or the fact that it could not be priced (never silently zero). */
public record Cost(Optional<Money> amount, String priceVersion) {

    public static Cost unpriced() {
        return new Cost(Optional.empty(), null);
    }

    public static Cost of(Money amount, String priceVersion) {
        return new Cost(Optional.of(amount), priceVersion);
    }

    public boolean priced() {
        return amount.isPresent();
    }
}
