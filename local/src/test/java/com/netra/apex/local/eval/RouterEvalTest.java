package com.netra.apex.local.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.RouterSplit;
import com.netra.apex.core.routing.RouterWeightsFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouterEvalTest {

    private static final Pattern SUMMARY = Pattern.compile("rows=(\\d+) heldout=(\\d+) cost_saved=-?\\d+\\.\\d{3}"
            + " quality_vs_strong=\\d+\\.\\d{3} strong_share=(\\d\\.\\d{3}) threshold=\\d+\\.\\d{3}"
            + " strong_accuracy=\\d\\.\\d{3} routed_accuracy=\\d\\.\\d{3}");
    private static final String HEADER = "prompt,mistralai/Mixtral-8x7B-Instruct-v0.1,gpt-4-1106-preview\n";

    @TempDir
    Path dir;
    private Path data;
    private int rows;
    private int heldOut;

    /** Two files: calculus only the strong model gets right, geography both get right, and one broken row. */
    @BeforeEach
    void writeData() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        StringBuilder calculus = new StringBuilder(HEADER);
        StringBuilder geography = new StringBuilder(HEADER);
        for (int i = 0; i < 150; i++) {
            add(calculus, "Evaluate the integral of x^" + i + " e^x dx.\nA. " + i + "\nB. 0\nAnswer:", i % 10 == 0, true);
            add(geography, "Which river flows through city number " + i + "?\nA. Nile\nB. Danube\nAnswer:", true, i % 7 != 0);
        }
        geography.append("\"a broken row\",True\n"); // 1 header line + 150 rows of 4 lines: line 602
        Files.writeString(data.resolve("calculus.csv"), calculus);
        Files.writeString(data.resolve("geography.csv"), geography);
    }

    private void add(StringBuilder csv, String prompt, boolean weak, boolean strong) {
        csv.append('"').append(prompt.replace("\"", "\"\"")).append("\",")
                .append(weak ? "True" : "False").append(',').append(strong ? "True" : "False").append('\n');
        rows++;
        heldOut += RouterSplit.isTest(prompt) ? 1 : 0;
    }

    @Test
    void trainingWritesWeightsAndEndsWithTheSummaryLine() throws IOException {
        Path weights = dir.resolve("out/router.json");

        List<String> lines = run("--data", data.toString(), "--train", "--out", weights.toString());

        Matcher summary = summary(lines);
        assertThat(Integer.parseInt(summary.group(1))).isEqualTo(rows);
        assertThat(Integer.parseInt(summary.group(2))).isEqualTo(heldOut).isPositive();
        assertThat(lines).anyMatch(l -> l.equals("skipped malformed row geography.csv:602: expected 3 fields, found 2"));
        assertThat(lines).anyMatch(l -> l.contains("<- chosen"));
        assertThat(lines.stream().filter(l -> l.matches("\\s+\\d\\.\\d{3}( +-?\\d+\\.\\d{3}){4} \\|.*"))).hasSize(21);
        try (InputStream in = Files.newInputStream(weights)) {
            LearnedRouter trained = new LearnedRouter(RouterWeightsFile.read(in));
            assertThat(trained.strongProbability("Evaluate the integral of x^500 e^x dx.\nA. 500\nB. 0\nAnswer:"))
                    .isGreaterThan(trained.strongProbability("Which river flows through city number 500?\nA. Nile\nB. Danube\nAnswer:"));
        }
    }

    @Test
    void theShippedRouterCanBeEvaluatedOnEveryRow() {
        List<String> lines = run("--data", data.toString(), "--split", "all", "--strong", "anthropic/claude-sonnet-4-5",
                "--weak", "anthropic/claude-haiku-4-5");

        Matcher summary = summary(lines);
        assertThat(summary.group(2)).isEqualTo(summary.group(1)).isEqualTo(String.valueOf(rows));
        assertThat(lines).anyMatch(l -> l.contains("strong anthropic/claude-sonnet-4-5, weak anthropic/claude-haiku-4-5"));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> run("--data", data.toString(), "--split", "train"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--split");
        assertThatThrownBy(() -> run("--data", data.toString(), "--train"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
        assertThatThrownBy(() -> run("--data", data.toString(), "--strong", "gpt-4o"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run("--data", data.toString(), "--weak", "openai/no-such-model"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openai/no-such-model");
        assertThatThrownBy(() -> run("--data", dir.resolve("missing").toString()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run("--data")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Matcher summary(List<String> lines) {
        String last = lines.get(lines.size() - 1);
        Matcher m = SUMMARY.matcher(last);
        assertThat(m.matches()).as(last).isTrue();
        return m;
    }

    private static List<String> run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RouterEval.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }
}
