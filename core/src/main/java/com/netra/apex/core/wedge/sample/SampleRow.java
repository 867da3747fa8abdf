package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.money.Money;
import java.time.Instant;

/**
 * One generated log line and what was planted in it.
 *
 * @param rowId the id the reader gives the line ({@code openai_jsonl:} and its request id)
 * @param cost  the call's cost at list prices, or null for a model the price table does not know
 */
public record SampleRow(
        long index, String rowId, Instant timestamp, PlantedWaste waste, String provider, String model,
        long inputTokens, long outputTokens, Money cost, String line) {
}
