package com.netra.apex.local.eval;

import java.io.PrintStream;

/** Placeholder until the evaluation lands. */
public final class ParetoEval {

    private ParetoEval() {
    }

    public static void run(String[] args, PrintStream out) {
        throw new IllegalArgumentException("not implemented yet");
    }
}
