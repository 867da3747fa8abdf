package com.netra.apex.core.wedge.analysis;

import java.util.ArrayList;
import java.util.List;

/** The first few example prompts of a finding, each cut to about 200 characters on one line. */
final class ExamplePrompts {

    static final int MAX_CHARS = 200;
    /** Characters of common text shown before the first difference of a pair. */
    private static final int CONTEXT = 60;
    private static final int KEPT = 5;

    private final List<String> examples = new ArrayList<>(KEPT);

    /** Keeps the example while there is room; cheap to call for every affected row. */
    void offer(String prompt) {
        if (examples.size() < KEPT && prompt != null && !prompt.isBlank()) {
            examples.add(cut(prompt));
        }
    }

    void offer(String prefix, String prompt) {
        if (examples.size() < KEPT && prompt != null && !prompt.isBlank()) {
            examples.add(prefix + cut(prompt));
        }
    }

    boolean full() {
        return examples.size() >= KEPT;
    }

    List<String> list() {
        return List.copyOf(examples);
    }

    /** Whitespace runs folded to one space, then cut to {@link #MAX_CHARS} with an ellipsis. */
    static String cut(String prompt) {
        return cut(prompt, 0);
    }

    /** As {@link #cut(String)}, for the part of {@code prompt} from character {@code from} on. */
    static String cut(String prompt, int from) {
        return ellipsis(fold(prompt, from, MAX_CHARS + 1));
    }

    /**
     * Two similar prompts shown where they first differ: both cut from a little before that point, so a
     * changed number or word at the end of a long prompt is visible in the example.
     */
    static String[] whereTheyDiffer(String a, String b) {
        int same = StablePrefixes.commonLength(a, b);
        int start = same < CONTEXT ? 0 : a.lastIndexOf(' ', same - CONTEXT) + 1;
        String lead = start > 0 ? "…" : "";
        return new String[] {lead + ellipsis(a.substring(start)), lead + ellipsis(b.substring(start))};
    }

    /** Whitespace runs folded to one space and trimmed, at most {@code max} characters. */
    static String fold(String prompt, int from, int max) {
        StringBuilder out = new StringBuilder(Math.min(prompt.length() - from, max));
        boolean space = false;
        for (int i = from; i < prompt.length() && out.length() < max; i++) {
            char c = prompt.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String ellipsis(String folded) {
        return folded.length() <= MAX_CHARS ? folded : folded.substring(0, MAX_CHARS - 1) + "…";
    }
}
