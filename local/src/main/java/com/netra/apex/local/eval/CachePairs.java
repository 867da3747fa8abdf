package com.netra.apex.local.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled prompt pairs for the semantic cache evaluation: JSON Lines {@code {"a","b","same"}}, or the
 * JSON array of {@code {"origin","similar"}} paraphrases (all the same meaning) in ../shared/data/cache.
 */
record CachePairs(List<Pair> pairs, List<String> skipped) {

    /** One pair: {@code a} is cached, {@code b} is asked; {@code same} says whether a's answer is right for b. */
    record Pair(String a, String b, boolean same, String source) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static CachePairs read(List<Path> files) {
        List<Pair> pairs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            try {
                if (firstChar(file) == '[') {
                    readArray(file, pairs, skipped);
                } else {
                    readLines(file, pairs, skipped);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new CachePairs(pairs, skipped);
    }

    private static int firstChar(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            do {
                c = in.read();
            } while (c != -1 && Character.isWhitespace(c));
            return c;
        }
    }

    private static void readArray(Path file, List<Pair> pairs, List<String> skipped) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String source = file.getFileName().toString();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            if (n.path("origin").isTextual() && n.path("similar").isTextual()) {
                pairs.add(new Pair(n.get("origin").asText(), n.get("similar").asText(), true, source));
            } else {
                skipped.add(source + " item " + (i + 1) + ": needs string fields origin and similar");
            }
        }
    }

    private static void readLines(Path file, List<Pair> pairs, List<String> skipped) throws IOException {
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = JSON.readTree(line);
                    if (!n.path("a").isTextual() || !n.path("b").isTextual() || !n.path("same").isBoolean()) {
                        skipped.add(source + " line " + lineNo + ": needs string a, string b and boolean same");
                        continue;
                    }
                    pairs.add(new Pair(n.get("a").asText(), n.get("b").asText(), n.get("same").asBoolean(), source));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    skipped.add(source + " line " + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
                }
            }
        }
    }
}
