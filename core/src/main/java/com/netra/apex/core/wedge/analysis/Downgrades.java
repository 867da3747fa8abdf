package com.netra.apex.core.wedge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which flagship models the Wedge checks for routable traffic, and the cheaper model each is priced against. */
public final class Downgrades {

    private static final String SHIPPED = "/apex/wedge/downgrades.txt";
    /** A dated snapshot's suffix, as providers append it: gpt-4o-2024-08-06, claude-3-opus-20240229. */
    private static final Pattern SNAPSHOT = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest)$");

    /** One line of the table: the flagship (a name, or a prefix ending in *) and its cheaper model. */
    public record Downgrade(String flagship, String cheaperProvider, String cheaperModel) {

        boolean matches(String model) {
            if (flagship.endsWith("*")) {
                return model.startsWith(flagship.substring(0, flagship.length() - 1));
            }
            return model.equals(flagship) || SNAPSHOT.matcher(model).replaceFirst("").equals(flagship);
        }
    }

    private final List<Downgrade> lines;
    /** Model names repeat on every row and the snapshot regex is not free: each name is matched once. */
    private final java.util.Map<String, Optional<Downgrade>> byModel = new java.util.concurrent.ConcurrentHashMap<>();

    public Downgrades(List<Downgrade> lines) {
        this.lines = List.copyOf(lines);
    }

    public static Downgrades shipped() {
        try (InputStream in = Downgrades.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("downgrade table " + SHIPPED + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "model provider/cheaper-model" lines; # starts a comment. */
    public static Downgrades read(InputStream in) throws IOException {
        List<Downgrade> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.replaceFirst("#.*", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+");
            int slash = parts.length == 2 ? parts[1].indexOf('/') : -1;
            if (slash <= 0) {
                throw new IllegalArgumentException("downgrade line needs 'model provider/cheaper-model': " + line);
            }
            lines.add(new Downgrade(parts[0], parts[1].substring(0, slash), parts[1].substring(slash + 1)));
        }
        return new Downgrades(lines);
    }

    /** The first line whose flagship matches {@code model}; empty for models that are not flagships. */
    public Optional<Downgrade> forModel(String model) {
        if (model == null) {
            return Optional.empty();
        }
        Optional<Downgrade> known = byModel.get(model);
        if (known == null) {
            known = match(model);
            if (byModel.size() < Tally.MAX_LABELS) {
                byModel.put(model, known);
            }
        }
        return known;
    }

    private Optional<Downgrade> match(String model) {
        for (Downgrade d : lines) {
            if (d.matches(model)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
