package com.netra.apex.core.routing;

import com.netra.apex.core.money.Money;

/** A labelled prompt with what it would cost on the weak and on the strong model. */
public record PricedExample(RoutingExample example, Money weakCost, Money strongCost) {
}
