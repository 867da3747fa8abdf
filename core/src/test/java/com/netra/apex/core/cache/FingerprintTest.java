package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final MeaningGuard guard = MeaningGuard.standard();

    @Test
    void encodeThenDecodeGivesTheSameFingerprint() {
        Fingerprint original = guard.fingerprint("Don't convert $1,200 to EUR on March 1st, 2024 at 3pm; use "
                + "`convert_currency()` in Stripe's \"test mode\" -- and increase the limit to 5 km.");
        Fingerprint decoded = Fingerprint.decode(original.encode());
        assertThat(decoded).isEqualTo(original);
        assertThat(guard.compare(decoded, original).compatible()).isTrue();
    }

    @Test
    void separatorsInsideItemsSurviveTheRoundTrip() {
        Fingerprint tricky = new Fingerprint(3, 1, List.of("5 km", "-2.5"), List.of("2024-03-01"),
                List.of("a,b", "c;d"), List.of("back\\slash"), List.of("x=y"), List.of("say \"hi\"; then, bye", ""),
                List.of("dir:en>fr"));
        assertThat(Fingerprint.decode(tricky.encode())).isEqualTo(tricky);
    }

    @Test
    void anEmptyPromptEncodesToTheVersionAlone() {
        Fingerprint empty = guard.fingerprint("");
        assertThat(empty.encode()).isEqualTo("f1");
        assertThat(Fingerprint.decode("f1")).isEqualTo(empty);
    }

    @Test
    void theEncodingIsCompact() {
        String encoded = guard.fingerprint("What is the weather in Paris tomorrow?").encode();
        assertThat(encoded).isEqualTo("f1;D=tomorrow;E=paris");
    }

    @Test
    void decodingSomethingElseFails() {
        assertThatThrownBy(() -> Fingerprint.decode("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fingerprint.decode("f1;garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparingStoredFingerprintsMatchesComparingPrompts() {
        String cached = "How do I increase the font size in VS Code?";
        String query = "How do I decrease the font size in VS Code?";
        Fingerprint stored = Fingerprint.decode(guard.fingerprint(cached).encode());
        assertThat(guard.compare(stored, guard.fingerprint(query))).isEqualTo(guard.compare(cached, query));
    }
}
