package com.netra.apex.core.wedge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WedgeScopeTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-01");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../acme", "acme/x", "a'b", "-acme", "tenant=acme", "a b"})
    void aTenantIdMustBeAPlainIdentifier(String tenant) {
        assertThatThrownBy(() -> WedgeScope.of(tenant, DAY, DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpanMustNotRunBackwards() {
        assertThatThrownBy(() -> WedgeScope.of("acme", DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WedgeScope.of("acme.eu_1-x", DAY, DAY).tenantId()).isEqualTo("acme.eu_1-x");
    }
}
