package com.netra.apex.core.wedge.store;

import java.math.BigDecimal;

/**
 * A key among the biggest spenders.
 *
 * @param keyId null for calls the log did not attribute to a key
 * @param share this key's spend over the tenant's spend in scope, a fraction rounded to 6 places
 */
public record TopSpender(String keyId, long calls, BigDecimal spendUsd, BigDecimal share) {
}
