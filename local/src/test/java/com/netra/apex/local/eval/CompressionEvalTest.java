package com.netra.apex.local.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.usage.TokenCounter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionEvalTest {

    private static final String CHUNK = "Returns are accepted within 30 days of delivery for unused items.";

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                    + "{\"role\":\"user\",\"content\":\"Hi there\"}]}",
            "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Please   help   me.   \\n\\n\\n\\n\\nThanks.   \"}]}",
            "{\"request\":{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                    + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":"
                    + "{\"name\":\"f\",\"arguments\":\"{\\n  \\\"id\\\": 1.50\\n}\"}}]},"
                    + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"{\\n  \\\"ok\\\": true,\\n  \\\"n\\\": 1e10\\n}\"}]}}",
            "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\"",
            "",
            "{\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"" + CHUNK + "\\n\\n" + CHUNK + "\\n\\nWhen?\"}]}}",
            "{\"model\":\"gpt-4o\",\"prompt\":\"legacy completion\"}");

    private List<String> run(String... extraArgs) throws IOException {
        Path file = dir.resolve("requests.jsonl");
        Files.write(file, LINES, StandardCharsets.UTF_8);
        String[] args = new String[extraArgs.length + 2];
        args[0] = "--file";
        args[1] = file.toString();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompressionEval.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Map<String, String> summary(List<String> output) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String pair : output.get(output.size() - 1).split(" ")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    @Test
    void reportsSavingsPerRuleAndSkipsMalformedLines() throws IOException {
        List<String> output = run();
        assertThat(output).anyMatch(l -> l.startsWith("line 4: not valid JSON"));
        assertThat(output).contains("line 7: no \"messages\" array: not a chat request");
        Map<String, String> s = summary(output);
        assertThat(s.keySet()).containsExactly("requests", "skipped", "changed", "tokens_before", "tokens_after",
                "saved_ratio", "whitespace", "json_minify", "repeated_blocks", "history_window");
        assertThat(s).containsEntry("requests", "4").containsEntry("skipped", "2").containsEntry("changed", "3")
                .containsEntry("history_window", "0");
        long before = Long.parseLong(s.get("tokens_before"));
        long after = Long.parseLong(s.get("tokens_after"));
        long byRules = Long.parseLong(s.get("whitespace")) + Long.parseLong(s.get("json_minify"))
                + Long.parseLong(s.get("repeated_blocks"));
        assertThat(Long.parseLong(s.get("whitespace"))).isPositive();
        assertThat(Long.parseLong(s.get("json_minify"))).isPositive();
        assertThat(Long.parseLong(s.get("repeated_blocks")))
                .isEqualTo(TokenCounter.count(CHUNK + "\n\n" + CHUNK + "\n\nWhen?") - TokenCounter.count(CHUNK + "\n\nWhen?"));
        assertThat(before - after).isEqualTo(byRules);
        assertThat(s.get("saved_ratio")).isEqualTo(String.format(Locale.ROOT, "%.3f", (double) (before - after) / before));
        assertThat(output).anyMatch(l -> l.matches("whitespace\\s+\\d+\\s+\\d+\\.\\d%"));
    }

    @Test
    void countsWholePromptsBeforeCompression() throws IOException {
        Map<String, String> s = summary(run());
        // The clean first request counts too: 3 framing tokens per message plus its texts.
        long clean = 3 * 2 + TokenCounter.count("Be brief.") + TokenCounter.count("Hi there");
        assertThat(Long.parseLong(s.get("tokens_before"))).isGreaterThan(clean);
        Files.write(dir.resolve("clean.jsonl"), List.of(LINES.get(0)), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompressionEval.run(new String[] {"--file", dir.resolve("clean.jsonl").toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(summary(bytes.toString(StandardCharsets.UTF_8).lines().toList()))
                .containsEntry("tokens_before", String.valueOf(clean)).containsEntry("tokens_after", String.valueOf(clean))
                .containsEntry("saved_ratio", "0.000").containsEntry("changed", "0");
    }

    @Test
    void lossyDropsOldTurns() throws IOException {
        Map<String, String> s = summary(run("--level", "LOSSY", "--window", "1"));
        // Only the tool conversation is long enough; its window widens back to the assistant's tool call.
        assertThat(Long.parseLong(s.get("history_window"))).isEqualTo(3 + TokenCounter.count("q"));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> CompressionEval.run(new String[0], System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--file");
        assertThatThrownBy(() -> CompressionEval.run(new String[] {"--file", dir.resolve("nope.jsonl").toString()}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> run("--level", "max")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--level must be lossless or lossy");
        assertThatThrownBy(() -> run("--window", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--window");
    }
}
