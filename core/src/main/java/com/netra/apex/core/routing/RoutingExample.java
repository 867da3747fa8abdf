package com.netra.apex.core.routing;

/**
 * One labelled prompt: whether the weak and the strong model answered it correctly.
 *
 * @param source file the row came from, for error messages
 * @param line   line number where the row starts in that file
 */
public record RoutingExample(String prompt, boolean weakCorrect, boolean strongCorrect, String source, int line) {

    /** +1 when only the strong model is right, -1 when only the weak one is, else 0. */
    public int strongGain() {
        return (strongCorrect ? 1 : 0) - (weakCorrect ? 1 : 0);
    }
}
