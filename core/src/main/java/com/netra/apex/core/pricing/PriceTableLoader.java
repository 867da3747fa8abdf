package com.netra.apex.core.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads price tables from the JSON data file format documented in the README. */
public final class PriceTableLoader {

    private static final String SHIPPED = "/apex/prices.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PriceTableLoader() {
    }

    /** The table shipped with Apex, with the operator's file (if given) layered on top. */
    public static PriceTable load(Path operatorOverrides) {
        PriceTable shipped = shipped();
        if (operatorOverrides == null) {
            return shipped;
        }
        try (InputStream in = Files.newInputStream(operatorOverrides)) {
            PriceTable overrides = read(in);
            return shipped.withOverrides(overrides.version(), overrides.entries());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read price overrides " + operatorOverrides, e);
        }
    }

    public static PriceTable shipped() {
        try (InputStream in = PriceTableLoader.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("Price table " + SHIPPED + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<ModelPrice> prices = new ArrayList<>();
        for (JsonNode p : root.path("prices")) {
            List<PriceTier> tiers = new ArrayList<>();
            for (JsonNode t : p.path("tiers")) {
                tiers.add(new PriceTier(t.path("above_input_tokens").asLong(), money(t, "input"),
                        money(t, "cached_input"), money(t, "cache_write"), money(t, "output")));
            }
            prices.add(new ModelPrice(text(p, "provider"), text(p, "model"),
                    LocalDate.parse(text(p, "effective_from")), money(p, "input"), money(p, "cached_input"),
                    money(p, "cache_write"), money(p, "output"), tiers));
        }
        return new PriceTable(root.path("version").asText("unversioned"), prices);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("price entry " + node + " needs a text field '" + field + "'");
        }
        return v.asText();
    }

    /** Prices are decimal strings so they never pass through a double. */
    private static Money money(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : Money.usd(v.asText());
    }
}
