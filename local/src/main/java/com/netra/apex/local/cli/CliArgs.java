package com.netra.apex.local.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: positionals, {@code --flag value} options and bare {@code --switch}es. */
public final class CliArgs {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /** @param switches option names that take no value (e.g. "json") */
    public CliArgs(String[] args, Set<String> switches) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (switches.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new CliException("--" + name + " needs a value");
                }
            } else {
                positionals.add(a);
            }
        }
    }

    public String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw new CliException("missing " + what);
        }
        return positionals.get(index);
    }

    public List<String> positionals() {
        return positionals;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new CliException("--" + name + " is required");
        }
        return v;
    }

    public int intOption(String name, int fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The data directory every command shares with `apex up`: --data-dir, APEX_DATA_DIR, or ./.apex-data. */
    public Path dataDir() {
        String env = System.getenv("APEX_DATA_DIR");
        return Path.of(option("data-dir", env != null && !env.isBlank() ? env : ".apex-data")).toAbsolutePath();
    }
}
