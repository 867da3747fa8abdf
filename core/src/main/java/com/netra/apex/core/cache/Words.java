package com.netra.apex.core.cache;

import java.util.Arrays;
import java.util.Locale;

/** A prompt split once into word tokens, shared by the extractors that read words rather than patterns. */
final class Words {

    private final String text;
    private String[] raw;
    private String[] lower;
    private int[] starts;
    private boolean[] initial;
    private boolean[] listed;
    private int size;

    private Words(String text) {
        this.text = text;
        int capacity = Math.max(8, text.length() / 5);
        raw = new String[capacity];
        lower = new String[capacity];
        starts = new int[capacity];
        initial = new boolean[capacity];
        listed = new boolean[capacity];
    }

    /**
     * Tokens are runs of letters, digits and underscores (so snake_case identifiers stay whole and their
     * parts never read as ordinary words) with inner apostrophes kept, so "don't" stays one token.
     * Hyphens split, so "non-streaming" and "twenty-five" yield their parts.
     */
    static Words of(String text) {
        Words words = new Words(text);
        boolean boundary = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int end = tokenEnd(text, i);
                words.add(i, end, boundary);
                boundary = false;
                i = end;
            } else {
                boundary |= startsSentence(text, i);
                i++;
            }
        }
        return words;
    }

    private void add(int start, int end, boolean sentenceStart) {
        if (size == raw.length) {
            grow();
        }
        String token = text.substring(start, end).replace('\u2019', '\'');
        raw[size] = token;
        lower[size] = token.toLowerCase(Locale.ROOT);
        starts[size] = start;
        initial[size] = sentenceStart;
        listed[size] = Lexicon.contains(lower[size]);
        size++;
    }

    private void grow() {
        int capacity = raw.length * 2;
        raw = Arrays.copyOf(raw, capacity);
        lower = Arrays.copyOf(lower, capacity);
        starts = Arrays.copyOf(starts, capacity);
        initial = Arrays.copyOf(initial, capacity);
        listed = Arrays.copyOf(listed, capacity);
    }

    private static int tokenEnd(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean apostrophe = (c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1));
            if (!isWordChar(c) && !apostrophe) {
                break;
            }
            i++;
        }
        return i;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);                 // ASCII above is the fast path for every character
    }

    /** Capitalization after these marks says nothing about whether a word is a name. */
    private static boolean startsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == ':' || c == '"' || c == '\u201C' || c == '*' || c == '#' || c == '>') {
            return true;
        }
        boolean end = c == '.' || c == '!' || c == '?';
        return end && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    int size() {
        return size;
    }

    /** The lowercase token, or "" outside the prompt, so neighbours can be read without bounds checks. */
    String lower(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    String raw(int i) {
        return raw[i];
    }

    int start(int i) {
        return starts[i];
    }

    boolean sentenceInitial(int i) {
        return initial[i];
    }

    /** Whether some word-level extractor reacts to this word (see {@link Lexicon}). */
    boolean listed(int i) {
        return listed[i];
    }

    String text() {
        return text;
    }
}
