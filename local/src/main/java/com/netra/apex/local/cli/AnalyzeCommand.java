package com.netra.apex.local.cli;

import com.netra.apex.local.wedge.LocalWedge;
import java.util.Set;

/**
 * `apex analyze FILE... [--tenant T] [--out DIR] [--keep] [--only spend]`: the Wedge on local files: reads any supported
 * log format (gzip or not), prints where the money goes and where it is wasted, and writes an HTML and a
 * JSON report. Without --keep the logs go to a throwaway store; with it, into the data directory, where
 * the report API serves them. {@code --only spend} skips the Java findings (spend and exact duplicates only).
 */
final class AnalyzeCommand {

    private AnalyzeCommand() {
    }

    static void run(String[] args) throws Exception {
        CliArgs cli = new CliArgs(args, Set.of("keep"));
        if (cli.positionals().isEmpty()) {
            throw new CliException("analyze needs at least one log file, e.g. ./apex analyze eval/sample-logs/openai-requests.jsonl.gz");
        }
        try {
            LocalWedge.analyze(cli.positionals(), cli.option("tenant", "local"), java.nio.file.Path.of(cli.option("out", "apex-report")),
                    cli.has("keep") ? cli.dataDir().resolve("wedge") : null, !cli.option("only", "").equals("spend"), System.out);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
