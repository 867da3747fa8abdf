package com.netra.apex.core.wedge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"2026-11-01T10:00:00Z\"|2026-11-01T10:00:00Z",
        "\"2026-11-01T10:00:00.5+02:00\"|2026-11-01T08:00:00.5Z",
        "\"2026-11-01 10:00:00\"|2026-11-01T10:00:00Z",
        "\"2026-11-01 10:00:00.123456+00\"|2026-11-01T10:00:00.123456Z",
        "\"2026-11-01\"|2026-11-01T00:00:00Z",
        "1761991200|2025-11-01T10:00:00Z",
        "1761991200.25|2025-11-01T10:00:00.25Z",
        "1761991200123|2025-11-01T10:00:00.123Z",
        "\"1761991200123\"|2025-11-01T10:00:00.123Z",
        "1761991200123456|2025-11-01T10:00:00.123456Z",
        "1761991200123456789|2025-11-01T10:00:00.123456789Z"})
    void readsTimestampsInEveryCommonShape(String json, String expected) throws Exception {
        assertThat(Timestamps.read(JSON.readTree("{\"t\":" + json + "}"), "t")).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01T10:00:00Z", "2026-11-01T10:00:00.1Z", "2026-11-01T10:00:00.123456789Z", "2024-02-29T23:59:59Z",
        "1999-12-31 00:00:00.5Z"})
    void theFastUtcPathAgreesWithInstantParse(String text) {
        assertThat(UtcIso.parse(text)).isEqualTo(Instant.parse(text.replace(' ', 'T')));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30T10:00:00Z", "2026-11-01T24:00:00Z", "2026-11-01T10:00:60Z", "2026-11-01T10:00:00.Z",
        "2026-11-01T10:00:00.1234567890Z", "2026-11-01T10:00:00+01:00", "2026-11-0xT10:00:00Z"})
    void theFastUtcPathLeavesEverythingElseToTheGeneralParser(String text) {
        assertThat(UtcIso.parse(text)).isNull();
    }

    @Test
    void anUnreadableTimestampIsAMalformedRecord() throws Exception {
        assertThatThrownBy(() -> Timestamps.read(JSON.readTree("{\"t\":\"yesterday\"}"), "t"))
                .isInstanceOf(MalformedRecord.class).hasMessage("'t' is not a timestamp: yesterday");
    }

    @Test
    void countsAcceptNumericStringsAndRejectNegativesAndFractions() throws Exception {
        assertThat(Fields.count(JSON.readTree("{\"n\":\"1,200\"}"), "n")).isEqualTo(1200);
        assertThat(Fields.count(JSON.readTree("{\"n\":\"\"}"), "n")).isZero();
        assertThatThrownBy(() -> Fields.count(JSON.readTree("{\"n\":-1}"), "n")).isInstanceOf(MalformedRecord.class);
        assertThatThrownBy(() -> Fields.count(JSON.readTree("{\"n\":\"1.5\"}"), "n")).isInstanceOf(MalformedRecord.class);
    }

    @Test
    void moneyIsReadFromItsDecimalTextNeverThroughADouble() throws Exception {
        assertThat(Fields.money(JSON.readTree("{\"c\":0.1}"), "c")).isEqualByComparingTo("0.1");
        assertThat(Fields.money(JSON.readTree("{\"c\":\"$1,234.50\"}"), "c")).isEqualByComparingTo("1234.50");
        assertThat(Fields.money(JSON.readTree("{\"c\":1e-7}"), "c")).isEqualByComparingTo("0.0000001");
    }

    @ParameterizedTest
    @CsvSource({"gpt-4o,openai", "gpt-4o-mini-2024-07-18,openai", "o1-preview,openai", "o3,openai", "chatgpt-4o-latest,openai",
        "ft:gpt-4o-mini:acme::x1,openai", "claude-sonnet-4-5,anthropic", "anthropic.claude-3-5-sonnet-20240620-v1:0,anthropic",
        "azure/gpt-4o,openai", "mistral-large-2411,unknown", "omega-7b,unknown", "llama-3.1-70b,unknown"})
    void infersTheProviderFromTheModelName(String model, String provider) {
        assertThat(Providers.infer(model)).isEqualTo(provider);
    }

    @Test
    void routingPrefixesAreStrippedFromModelNames() {
        assertThat(Providers.model("openai/gpt-4o")).isEqualTo("gpt-4o");
        assertThat(Providers.model(null)).isEqualTo("unknown");
        assertThat(Providers.of("bedrock", "anthropic.claude-3-haiku")).isEqualTo("anthropic");
        assertThat(Providers.of("Mistral", "mistral-large")).isEqualTo("mistral");
    }

    @Test
    void rawSecretKeysAreMaskedButStayDistinct() {
        String a = KeyIds.safe("Bearer sk-proj-AAAAAAAAAAAAAAAAAAAAAAAA1234");
        String b = KeyIds.safe("sk-proj-BBBBBBBBBBBBBBBBBBBBBBBB1234");
        assertThat(a).startsWith("sk-...1234#").doesNotContain("AAAA");
        assertThat(b).startsWith("sk-...1234#").isNotEqualTo(a);
        assertThat(KeyIds.safe("prod-backend")).isEqualTo("prod-backend");
    }

    @ParameterizedTest
    @CsvSource({"Input Tokens,input_tokens", "inputTokens,input_tokens", "input-tokens,input_tokens",
        "startTime,start_time", " Cost (USD) ,cost_usd", "API_Key,api_key"})
    void columnNamesAreNormalized(String header, String normalized) {
        assertThat(ColumnNames.normalize(header)).isEqualTo(normalized);
    }
}
