package com.netra.apex.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialSealerTest {

    private static final String KEY = "sk-proj-tenant-own-key-0123456789";
    private final CredentialSealer sealer = CredentialSealer.fromRootSecret(KeyHasherTest.key('r'));

    @Test
    void opensWhatItSealed() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        assertThat(sealer.open(sealed, "acme", "openai")).isEqualTo(KEY);
    }

    @Test
    void theSealedValueIsBase64OfIvCiphertextAndTagAndHidesThePlaintext() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        assertThat(sealed).doesNotContain(KEY).doesNotContain("sk-proj");
        byte[] raw = Base64.getDecoder().decode(sealed);
        assertThat(raw).hasSize(12 + KEY.length() + 16); // 96-bit IV, ciphertext, 128-bit tag
    }

    @Test
    void sealingTwiceGivesDifferentValuesThatBothOpen() {
        String a = sealer.seal(KEY, "acme", "openai");
        String b = sealer.seal(KEY, "acme", "openai");
        assertThat(a).isNotEqualTo(b);
        assertThat(sealer.open(a, "acme", "openai")).isEqualTo(KEY);
        assertThat(sealer.open(b, "acme", "openai")).isEqualTo(KEY);
    }

    @Test
    void anotherSealerFromTheSameRootSecretOpensIt() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        assertThat(CredentialSealer.fromRootSecret(KeyHasherTest.key('r')).open(sealed, "acme", "openai"))
                .isEqualTo(KEY);
    }

    @Test
    void aValueCopiedToAnotherTenantOrProviderDoesNotOpen() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        assertThatThrownBy(() -> sealer.open(sealed, "globex", "openai"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("globex").hasMessageContaining("openai")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> sealer.open(sealed, "acme", "anthropic")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tenantAndProviderCannotBeShiftedIntoEachOther() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        assertThatThrownBy(() -> sealer.open(sealed, "acmeopenai", "")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open(sealed, "acm", "eopenai")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherRootSecretCannotOpenIt() {
        String sealed = sealer.seal(KEY, "acme", "openai");
        CredentialSealer other = CredentialSealer.fromRootSecret(KeyHasherTest.key('s'));
        assertThatThrownBy(() -> other.open(sealed, "acme", "openai")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anyTamperingIsDetected() {
        byte[] raw = Base64.getDecoder().decode(sealer.seal(KEY, "acme", "openai"));
        for (int i : new int[] {0, 11, 12, 20, raw.length - 1}) { // IV, ciphertext and tag
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            String value = Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> sealer.open(value, "acme", "openai")).as("byte %d", i)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void unicodeAndEmptyPlaintextsRoundTrip() {
        for (String plaintext : new String[] {"", "ключ-🔑-鍵", "x".repeat(5_000)}) {
            assertThat(sealer.open(sealer.seal(plaintext, "acme", "groq"), "acme", "groq")).isEqualTo(plaintext);
        }
    }
}
