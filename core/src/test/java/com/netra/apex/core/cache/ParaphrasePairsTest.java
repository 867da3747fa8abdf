package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Genuine paraphrases from the shared data set must, by and large, be allowed to share a cached answer. */
class ParaphrasePairsTest {

    @Test
    void atLeastNinetyPercentOfParaphrasesAreCompatible() throws IOException {
        Optional<Path> file = EvalPairs.find("../../shared/data/cache/paraphrase-pairs.json");
        Assumptions.assumeTrue(file.isPresent() && Files.exists(file.get()), "paraphrase-pairs.json not present");
        JsonNode pairs = new ObjectMapper().readTree(file.get().toFile());
        MeaningGuard guard = MeaningGuard.standard();
        int compatible = 0;
        for (JsonNode pair : pairs) {
            if (guard.compare(pair.get("origin").asText(), pair.get("similar").asText()).compatible()) {
                compatible++;
            }
        }
        System.out.printf("paraphrase pairs compatible: %d/%d%n", compatible, pairs.size());
        assertThat(pairs.size()).isPositive();
        assertThat((double) compatible / pairs.size()).isGreaterThanOrEqualTo(0.90);
    }
}
