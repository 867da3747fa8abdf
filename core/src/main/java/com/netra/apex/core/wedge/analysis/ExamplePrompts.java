package com.netra.apex.core.wedge.analysis;

import java.util.ArrayList;
import java.util.List;

/** The first few example prompts of a finding, each cut to about 200 characters on one line. */
final class ExamplePrompts {

    static final int MAX_CHARS = 200;
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
        StringBuilder out = new StringBuilder(Math.min(prompt.length() - from, MAX_CHARS + 1));
        boolean space = false;
        for (int i = from; i < prompt.length() && out.length() <= MAX_CHARS; i++) {
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
        if (out.length() > MAX_CHARS) {
            out.setLength(MAX_CHARS - 1);
            out.append('…');
        }
        return out.toString();
    }
}
