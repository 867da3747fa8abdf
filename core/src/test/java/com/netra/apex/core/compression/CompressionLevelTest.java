package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompressionLevelTest {

    @Test
    void parsesIgnoringCase() {
        assertThat(CompressionLevel.parse("lossless")).isEqualTo(CompressionLevel.LOSSLESS);
        assertThat(CompressionLevel.parse(" LOSSY ")).isEqualTo(CompressionLevel.LOSSY);
        assertThat(CompressionLevel.parse("Off")).isEqualTo(CompressionLevel.OFF);
    }

    @Test
    void rejectsUnknownLevelsClearly() {
        assertThatThrownBy(() -> CompressionLevel.parse("max")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown compression level 'max': use off, lossless or lossy");
        assertThatThrownBy(() -> CompressionLevel.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
