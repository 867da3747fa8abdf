package com.netra.apex.local.cli;

import java.util.Arrays;

/** The `apex` command line: one entry point, one class per command. */
public final class ApexCli {

    private static final String USAGE = """
            usage: apex <command> [options]

              up      [--port 8080] [--data-dir DIR] [--config FILE]   run the platform in this terminal
              keys    create --tenant NAME [--name LABEL]             create an API key (printed once, last line)
              keys    revoke KEY_ID                                   revoke a key
              keys    list --tenant NAME                              list a tenant's keys
              usage   --tenant NAME [--days 30] [--json|--records]    requests, tokens and cost per model

            keys and usage also take --aws [--secret-id apex/gateway] [--keys-table T] [--usage-table T]
            to work on a deployed stack with your AWS credentials.
              tenants set-provider-key --tenant NAME --provider openai  store the tenant's own provider key
                                                                (read from stdin; encrypted at rest)
              tenants remove-provider-key --tenant NAME --provider openai
              analyze FILE... [--tenant local] [--out apex-report] [--keep] [--only spend]
                                                              spend analysis of LLM logs (any supported format, gzip ok):
                                                              waste in dollars, report.html and report.json
              policy  set --tenant NAME [--key KEY_ID] name=value...  optimization settings (cache, routing, holdout, ...)
              policy  show --tenant NAME [--key KEY_ID]       stored settings and the effective policy
              policy  clear --tenant NAME [--key KEY_ID]      back to the gateway defaults
              policy  settings                                every setting and what it does
              bench   gateway [--duration 10] [--warmup 20] [--rate 1000] [--connections 32] [--stream true]
                                                              benchmark the gateway against a local mock upstream
              bench   pipeline [--iterations 2000]            benchmark the optimization pipeline on a cache miss and a hit
              eval    cache [--pairs F1,F2] [--threshold T] [--show-false] [--save FILE]
                                                              semantic cache hit and false-hit rates, lookup latency
              eval    router [--data DIR] [--split test|all] [--strong P/M] [--weak P/M] [--train --out FILE]
                                                              the learned router's cost/quality curve on held-out data
              eval    compress --file FILE [--level lossless|lossy]  tokens before and after, per compression rule
              eval    pareto [--cost 0.6 --latency 0.1 --quality 0.3]  the measured frontier and the chosen configuration

            Every command takes --data-dir (default ./.apex-data, or APEX_DATA_DIR) and works while `apex up` runs.
            """;

    private ApexCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "up" -> UpCommand.run(rest);
                case "keys" -> KeysCommand.run(rest);
                case "usage" -> UsageCommand.run(rest);
                case "tenants" -> TenantsCommand.run(rest);
                case "bench" -> BenchCommand.run(rest);
                case "eval" -> EvalCommand.run(rest);
                case "policy" -> PolicyCommand.run(rest);
                case "analyze" -> AnalyzeCommand.run(rest);
                default -> throw new CliException("unknown command '" + args[0] + "'");
            }
        } catch (CliException e) {
            System.err.println("apex: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
        System.exit(0);
    }
}
