package com.netra.apex.core.wedge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DowngradesTest {

    private final Downgrades shipped = Downgrades.shipped();

    private String cheaper(String model) {
        return shipped.forModel(model).map(Downgrades.Downgrade::cheaperModel).orElse(null);
    }

    @Test
    void flagshipsAndTheirSnapshotsMatchButTheirCheaperSiblingsDoNot() {
        assertThat(cheaper("gpt-4o")).isEqualTo("gpt-4o-mini");
        assertThat(cheaper("gpt-4o-2024-08-06")).isEqualTo("gpt-4o-mini");
        assertThat(cheaper("gpt-4o-mini")).isNull();
        assertThat(cheaper("gpt-4.1")).isEqualTo("gpt-4.1-mini");
        assertThat(cheaper("gpt-4.1-nano")).isNull();
        assertThat(cheaper("o3")).isEqualTo("o4-mini");
        assertThat(cheaper("o3-mini")).isNull();
        assertThat(cheaper("claude-sonnet-4-5-20250929")).isEqualTo("claude-haiku-4-5");
        assertThat(cheaper("claude-opus-4-1")).isEqualTo("claude-sonnet-4-5");
        assertThat(cheaper("claude-haiku-4-5")).isNull();
        assertThat(cheaper(null)).isNull();
    }

    @Test
    void readsCommentsAndRejectsMalformedLines() throws Exception {
        Downgrades d = Downgrades.read(new ByteArrayInputStream(
                "# comment\n\nmy-big-* acme/my-small  # trailing\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(d.forModel("my-big-2")).contains(new Downgrades.Downgrade("my-big-*", "acme", "my-small"));

        assertThatThrownBy(() -> Downgrades.read(new ByteArrayInputStream("gpt-4o gpt-4o-mini".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider/cheaper-model");
    }
}
