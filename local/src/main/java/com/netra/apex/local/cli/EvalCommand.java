package com.netra.apex.local.cli;

import com.netra.apex.local.eval.CacheEval;
import com.netra.apex.local.eval.CompressionEval;
import com.netra.apex.local.eval.ParetoEval;
import com.netra.apex.local.eval.RouterEval;

/**
 * `apex eval cache|router|compress|pareto`: offline evaluations of the optimization engine, each ending
 * with one line of name=value figures a script can read.
 */
final class EvalCommand {

    private EvalCommand() {
    }

    static void run(String[] args) throws Exception {
        if (args.length == 0) {
            throw new CliException("eval needs what to evaluate: cache, router, compress or pareto");
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "cache" -> CacheEval.run(rest, System.out);
                case "router" -> RouterEval.run(rest, System.out);
                case "compress" -> CompressionEval.run(rest, System.out);
                case "pareto" -> ParetoEval.run(rest, System.out);
                default -> throw new CliException("unknown evaluation '" + args[0] + "': use cache, router, compress or pareto");
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
