package com.netra.apex.core.pricing;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.TokenUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Versioned prices per provider and model, with effective dates; an unknown model is unpriced. */
public final class PriceTable {

    /** Suffixes providers append to a model name for a dated snapshot, e.g. gpt-4o-2024-08-06. */
    private static final Pattern SNAPSHOT_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest|v\\d+(:\\d+)?)$");

    private final String version;
    private final Map<String, List<ModelPrice>> byKey = new HashMap<>();
    /** Served model name to the table key it is priced under; served names repeat, the regex is not free. */
    private final Map<String, String> keyByServedName = new java.util.concurrent.ConcurrentHashMap<>();

    public PriceTable(String version, List<ModelPrice> prices) {
        this.version = version;
        for (ModelPrice p : prices) {
            byKey.computeIfAbsent(key(p.provider(), p.model()), k -> new ArrayList<>()).add(p);
        }
        byKey.values().forEach(list -> list.sort(Comparator.comparing(ModelPrice::effectiveFrom).reversed()));
    }

    public String version() {
        return version;
    }

    /** The price in force on {@code day}, matching dated snapshots to their base model. */
    public Optional<ModelPrice> find(String provider, String model, LocalDate day) {
        String served = key(provider, model);
        String priced = keyByServedName.get(served);
        if (priced == null) {
            priced = byKey.containsKey(served) ? served : key(provider, SNAPSHOT_SUFFIX.matcher(model).replaceFirst(""));
            if (keyByServedName.size() < 10_000) { // bounded: model names come from providers' responses
                keyByServedName.put(served, priced);
            }
        }
        return inForce(byKey.get(priced), day);
    }

    /** The cost of the given tokens, or unpriced when the table does not know the model. */
    public Cost cost(String provider, String model, TokenUsage tokens, LocalDate day) {
        return find(provider, model, day)
                .map(price -> Cost.of(costAt(price.forPromptTokens(tokens.promptTokens()), tokens), version))
                .orElseGet(Cost::unpriced);
    }

    /** Every price entry, e.g. to merge an operator's overrides onto the shipped table. */
    public List<ModelPrice> entries() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    /** This table with {@code overrides} replacing entries of the same provider, model and date. */
    public PriceTable withOverrides(String overrideVersion, List<ModelPrice> overrides) {
        Map<String, ModelPrice> merged = new HashMap<>();
        for (ModelPrice p : entries()) {
            merged.put(key(p.provider(), p.model()) + "@" + p.effectiveFrom(), p);
        }
        for (ModelPrice p : overrides) {
            merged.put(key(p.provider(), p.model()) + "@" + p.effectiveFrom(), p);
        }
        return new PriceTable(version + "+" + overrideVersion, new ArrayList<>(merged.values()));
    }

    private static Money costAt(ModelPrice p, TokenUsage t) {
        Money cached = p.cachedInput() != null ? p.cachedInput() : p.input();
        Money write = p.cacheWrite() != null ? p.cacheWrite() : p.input();
        return Money.perMillionTokens(p.input(), t.input())
                .plus(Money.perMillionTokens(cached, t.cachedInput()))
                .plus(Money.perMillionTokens(write, t.cacheWrite()))
                .plus(Money.perMillionTokens(p.output(), t.output()));
    }

    private static Optional<ModelPrice> inForce(List<ModelPrice> newestFirst, LocalDate day) {
        if (newestFirst == null) {
            return Optional.empty();
        }
        return newestFirst.stream().filter(p -> !p.effectiveFrom().isAfter(day)).findFirst();
    }

    private static String key(String provider, String model) {
        return provider + "/" + model;
    }
}
