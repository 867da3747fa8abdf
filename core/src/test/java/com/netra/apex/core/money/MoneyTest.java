package com.netra.apex.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void aMillionTinyCostsSumExactly() {
        Money perToken = Money.usd("0.00000015");
        Money sum = Money.ZERO;
        for (int i = 0; i < 1_000_000; i++) {
            sum = sum.plus(perToken);
        }
        assertThat(sum).isEqualTo(Money.usd("0.15"));
        assertThat(sum.usd()).isEqualByComparingTo("0.15");
        assertThat(sum.toPlainString()).isEqualTo("0.15");
        assertThat(sum.toMicros()).isEqualTo(150_000);
    }

    @Test
    void aMillionSingleTokenCostsAtAPerMillionPriceSumToThatPrice() {
        Money oneToken = Money.perMillionTokens(Money.usd("0.15"), 1);
        assertThat(oneToken).isEqualTo(Money.usd("0.00000015"));
        Money sum = Money.ZERO;
        for (int i = 0; i < 1_000_000; i++) {
            sum = sum.plus(oneToken);
        }
        assertThat(sum).isEqualTo(Money.usd("0.15"));
    }

    @ParameterizedTest
    @CsvSource({
            "2.50, 1000000, 2.5",
            "2.50, 1000, 0.0025",
            "2.50, 1, 0.0000025",
            "0.15, 0, 0",
            "10.00, 123456, 1.23456",
            "0.075, 7, 0.000000525",
            "15.00, 3, 0.000045"
    })
    void perMillionTokensIsExact(String price, long tokens, String expected) {
        assertThat(Money.perMillionTokens(Money.usd(price), tokens)).isEqualTo(Money.usd(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "0.0000005, 0",    // half to even: 0
            "0.0000015, 2",    // half to even: 2
            "0.0000025, 2",    // half to even: 2
            "0.0000035, 4",
            "0.00000051, 1",   // above half rounds up
            "0.00000049, 0",   // below half rounds down
            "1.2345674, 1234567",
            "1.2345676, 1234568",
            "-0.0000025, -2",
            "-0.0000035, -4",
            "0.15, 150000",
            "0, 0"
    })
    void toMicrosRoundsHalfEven(String amount, long micros) {
        assertThat(Money.usd(amount).toMicros()).isEqualTo(micros);
    }

    @Test
    void ofMicrosIsTheInverseOfToMicros() {
        assertThat(Money.ofMicros(150_000)).isEqualTo(Money.usd("0.15"));
        assertThat(Money.ofMicros(1)).isEqualTo(Money.usd("0.000001"));
        assertThat(Money.ofMicros(-42).toMicros()).isEqualTo(-42);
        assertThat(Money.ofMicros(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void equalityIgnoresScale() {
        assertThat(Money.usd("1.50")).isEqualTo(Money.usd("1.5"));
        assertThat(Money.usd("1.50")).hasSameHashCodeAs(Money.usd("1.5"));
        assertThat(Money.usd("100")).isEqualTo(Money.usd("100.000"));
        assertThat(Money.usd("0.00")).isEqualTo(Money.ZERO);
        assertThat(Money.usd("0.00")).hasSameHashCodeAs(Money.ZERO);
        assertThat(new Money(new BigDecimal("2.500000"))).isEqualTo(Money.usd("2.5"));
        assertThat(Money.usd("1.5")).isNotEqualTo(Money.usd("1.51"));
    }

    @Test
    void plainStringNeverUsesScientificNotation() {
        assertThat(Money.usd("0.00000015").toPlainString()).isEqualTo("0.00000015");
        assertThat(Money.usd("1E-9").toPlainString()).isEqualTo("0.000000001");
        assertThat(Money.perMillionTokens(Money.usd("0.02"), 1).toPlainString()).isEqualTo("0.00000002");
        assertThat(Money.usd("100.00").toPlainString()).isEqualTo("100");
        assertThat(Money.usd("1E+3").toPlainString()).isEqualTo("1000");
        assertThat(Money.ZERO.toPlainString()).isEqualTo("0");
        assertThat(Money.usd("0.00000015").toString()).isEqualTo("$0.00000015");
        assertThat(Money.usd("100.00").toString()).isEqualTo("$100");
    }

    @Test
    void arithmeticAndComparison() {
        assertThat(Money.usd("0.1").plus(Money.usd("0.2"))).isEqualTo(Money.usd("0.3"));
        assertThat(Money.usd("0.3").minus(Money.usd("0.1"))).isEqualTo(Money.usd("0.2"));
        assertThat(Money.usd("0.1").minus(Money.usd("0.3"))).isEqualTo(Money.usd("-0.2"));
        assertThat(Money.usd("0.1").minus(Money.usd("0.1")).isZero()).isTrue();
        assertThat(Money.usd("0.000001").isZero()).isFalse();
        assertThat(Money.usd("1.5")).isGreaterThan(Money.usd("1.49999999"));
        assertThat(Money.usd("1.50").compareTo(Money.usd("1.5"))).isZero();
        assertThat(Money.usd("-1")).isLessThan(Money.ZERO);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
