package com.netra.apex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the guard over eval/adversarial-pairs.jsonl: flips must be blocked, hard paraphrases must pass. */
class AdversarialPairsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void blocksFlipsAndPassesParaphrases() throws IOException {
        Path file = EvalPairs.find("../eval/adversarial-pairs.jsonl")
                .or(() -> EvalPairs.find("eval/adversarial-pairs.jsonl"))
                .orElseThrow(() -> new AssertionError("eval/adversarial-pairs.jsonl not found"));
        MeaningGuard guard = MeaningGuard.standard();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode pair = JSON.readTree(line);
            boolean same = pair.get("same").asBoolean();
            MeaningGuard.Verdict verdict = guard.compare(pair.get("a").asText(), pair.get("b").asText());
            String key = same ? "same" : pair.get("kind").asText();
            int[] counts = byKind.computeIfAbsent(key, k -> new int[2]);
            counts[1]++;
            if (verdict.compatible() == same) {
                counts[0]++;
            } else {
                misses.add(key + ": " + pair.get("a").asText() + " | " + pair.get("b").asText() + " | " + verdict.reason());
            }
        }
        byKind.forEach((kind, c) -> System.out.printf("adversarial %-9s %d/%d%n", kind, c[0], c[1]));
        misses.forEach(m -> System.out.println("  miss " + m));

        int[] same = byKind.remove("same");
        int blocked = byKind.values().stream().mapToInt(c -> c[0]).sum();
        int flips = byKind.values().stream().mapToInt(c -> c[1]).sum();
        assertThat(flips).isGreaterThanOrEqualTo(300);
        assertThat(same[1]).isGreaterThanOrEqualTo(60);
        assertThat((double) blocked / flips).as("flips blocked").isGreaterThanOrEqualTo(0.99);
        assertThat((double) same[0] / same[1]).as("paraphrases passed").isGreaterThanOrEqualTo(0.90);
    }
}
