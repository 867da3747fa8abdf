package com.netra.apex.local.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netra.apex.core.compression.CompressionLevel;
import com.netra.apex.core.compression.CompressionResult;
import com.netra.apex.core.compression.PromptCompressor;
import com.netra.apex.core.compression.PromptTokens;
import com.netra.apex.local.cli.CliArgs;
import com.netra.apex.local.cli.CliException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `apex eval compress --file FILE [--level lossless|lossy] [--window N]`: runs the prompt compressor
 * over recorded chat requests (JSON Lines) and reports the prompt tokens each rule saved.
 *
 * <p>Each line is a chat.completions request, or an object holding one under "request" or "body".
 * Tokens before and after are the whole prompts' o200k tokens ({@link PromptTokens}), so the share
 * saved is honest about the requests the compressor left alone.
 */
public final class CompressionEval {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> RULES = List.of("whitespace", "json_minify", "repeated_blocks", "history_window");

    private CompressionEval() {
    }

    public static void run(String[] args, PrintStream out) {
        Options options = Options.parse(args);
        report(options, totals(options.file(), options.level(), options.window(), out), out);
    }

    /** The share of prompt tokens lossless compression saves on a file of requests (for `apex eval pareto`). */
    static double savedRatio(Path file) {
        Totals t = totals(file, CompressionLevel.LOSSLESS, 20, new PrintStream(java.io.OutputStream.nullOutputStream()));
        return ratio(t.before - t.after, t.before);
    }

    private static Totals totals(Path file, CompressionLevel level, int window, PrintStream out) {
        PromptCompressor compressor = new PromptCompressor(window);
        Totals totals = new Totals();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    evaluateLine(line, number, compressor, level, totals, out);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        return totals;
    }

    private static void evaluateLine(String line, int number, PromptCompressor compressor, CompressionLevel level,
                                     Totals totals, PrintStream out) {
        ObjectNode request;
        try {
            request = chatRequest(line);
        } catch (MalformedLine e) {
            out.println("line " + number + ": " + e.getMessage());
            totals.skipped++;
            return;
        }
        long before = PromptTokens.ofChat(request);
        CompressionResult result = compressor.compressChat(request, level);
        totals.add(before, result.changed() ? PromptTokens.ofChat(result.request()) : before, result);
    }

    /** The chat request on a line: the object itself, or its "request" or "body" field. */
    static ObjectNode chatRequest(String line) throws MalformedLine {
        JsonNode node = readJson(line);
        if (!node.isObject()) {
            throw new MalformedLine("not a JSON object");
        }
        for (String wrapper : List.of("request", "body")) {
            JsonNode inner = node.get(wrapper);
            if (inner != null && inner.isTextual()) {
                inner = readJson(inner.textValue());
            }
            if (inner != null && !node.has("messages")) {
                node = inner;
                break;
            }
        }
        if (!node.isObject() || !node.path("messages").isArray()) {
            throw new MalformedLine("no \"messages\" array: not a chat request");
        }
        return (ObjectNode) node;
    }

    private static JsonNode readJson(String text) throws MalformedLine {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedLine("not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static void report(Options options, Totals t, PrintStream out) {
        out.printf(Locale.ROOT, "%nprompt compression, level %s%s, %d requests from %s%n%n",
                options.level().name().toLowerCase(Locale.ROOT),
                options.level() == CompressionLevel.LOSSY ? " (window " + options.window() + ")" : "",
                t.requests, options.file());
        out.printf(Locale.ROOT, "%-18s %14s %18s%n", "rule", "tokens saved", "of tokens before");
        for (String rule : RULES) {
            long saved = t.byRule.getOrDefault(rule, 0L);
            out.printf(Locale.ROOT, "%-18s %14d %17.1f%%%n", rule, saved, 100.0 * ratio(saved, t.before));
        }
        out.printf(Locale.ROOT, "%-18s %14d %17.1f%%%n%n", "total", t.before - t.after,
                100.0 * ratio(t.before - t.after, t.before));
        out.printf(Locale.ROOT, "requests:  %d read, %d changed, %d skipped%n", t.requests, t.changed, t.skipped);
        out.printf(Locale.ROOT, "tokens:    %d before, %d after, %d saved (%.1f%%)%n", t.before, t.after,
                t.before - t.after, 100.0 * ratio(t.before - t.after, t.before));
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "requests=%d skipped=%d changed=%d tokens_before=%d tokens_after=%d saved_ratio=%.3f",
                t.requests, t.skipped, t.changed, t.before, t.after, ratio(t.before - t.after, t.before)));
        for (String rule : RULES) {
            summary.append(' ').append(rule).append('=').append(t.byRule.getOrDefault(rule, 0L));
        }
        out.println(summary);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The command's options, checked. */
    private record Options(Path file, CompressionLevel level, int window) {

        static Options parse(String[] args) {
            try {
                CliArgs cli = new CliArgs(args, Set.of());
                Path file = Path.of(cli.required("file"));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("--file " + file + ": no such file");
                }
                return new Options(file, level(cli.option("level", "lossless")), window(cli.option("window", "20")));
            } catch (CliException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        private static CompressionLevel level(String text) {
            String s = text.trim().toLowerCase(Locale.ROOT);
            if (!s.equals("lossless") && !s.equals("lossy")) {
                throw new IllegalArgumentException("--level must be lossless or lossy, got '" + text + "'");
            }
            return CompressionLevel.parse(s);
        }

        private static int window(String text) {
            try {
                int n = Integer.parseInt(text.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--window must be a whole number of at least 1, got '" + text + "'");
        }
    }

    /** Running sums over the requests read. */
    private static final class Totals {
        int requests;
        int changed;
        int skipped;
        long before;
        long after;
        final Map<String, Long> byRule = new LinkedHashMap<>();

        void add(long tokensBefore, long tokensAfter, CompressionResult result) {
            requests++;
            changed += result.changed() ? 1 : 0;
            before += tokensBefore;
            after += tokensAfter;
            result.tokensSavedByRule().forEach((rule, saved) -> byRule.merge(rule, saved, Long::sum));
        }
    }

    /** Why a line of the file is not a chat request. */
    static final class MalformedLine extends Exception {
        MalformedLine(String reason) {
            super(reason);
        }
    }
}
