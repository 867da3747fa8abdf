package com.netra.apex.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyHasherTest {

    static byte[] key(char fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void requiresAtLeast32BytesOfSecret() {
        assertThatThrownBy(() -> new KeyHasher(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new KeyHasher(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        new KeyHasher(new byte[32]);
        new KeyHasher(new byte[64]);
    }

    @Test
    void isHmacSha256InLowercaseHex() {
        // Expected value from: printf secret | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        KeyHasher hasher = new KeyHasher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        String hash = hasher.hash("secret");
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(hash).isEqualTo("0ad814968caefdecab8a6c0c55414688fdcad02f100ee7ac5def2352aaff36e5");
    }

    @Test
    void theSameSecretHashesTheSameAndDifferentSecretsDifferently() {
        KeyHasher hasher = new KeyHasher(key('k'));
        assertThat(hasher.hash("secret-one")).isEqualTo(hasher.hash("secret-one"));
        assertThat(hasher.hash("secret-one")).isNotEqualTo(hasher.hash("secret-two"));
        assertThat(hasher.hash("a")).isNotEqualTo(hasher.hash("b"));
    }

    @Test
    void theHashDependsOnTheHashingKey() {
        assertThat(new KeyHasher(key('a')).hash("s")).isNotEqualTo(new KeyHasher(key('b')).hash("s"));
    }

    @Test
    void theHashNeverContainsTheSecret() {
        String secret = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";
        assertThat(new KeyHasher(key('k')).hash(secret)).doesNotContain(secret);
    }

    @Test
    void laterChangesToTheCallersKeyArrayDoNotChangeHashes() {
        byte[] key = key('k');
        KeyHasher hasher = new KeyHasher(key);
        String before = hasher.hash("s");
        Arrays.fill(key, (byte) 0);
        assertThat(new KeyHasher(key('k')).hash("s")).isEqualTo(before);
        assertThat(hasher.hash("s")).isEqualTo(before);
    }

    @Test
    void matchesOnlyTheRightSecret() {
        KeyHasher hasher = new KeyHasher(key('k'));
        String stored = hasher.hash("right");
        assertThat(hasher.matches("right", stored)).isTrue();
        assertThat(hasher.matches("wrong", stored)).isFalse();
        assertThat(hasher.matches("right", stored.toUpperCase())).isFalse();
        assertThat(hasher.matches("right", "")).isFalse();
        assertThat(new KeyHasher(key('x')).matches("right", stored)).isFalse();
    }
}
