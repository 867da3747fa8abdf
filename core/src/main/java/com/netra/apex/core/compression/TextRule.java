package com.netra.apex.core.compression;

import com.netra.apex.core.compression.RequestShape.TextKind;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One lossless rewrite of a text, named as it is reported. A rewrite returns its input instance when it
 * has nothing to do.
 */
record TextRule(String name, UnaryOperator<String> rewrite) {

    static final String WHITESPACE = "whitespace";
    static final String JSON_MINIFY = "json_minify";
    static final String REPEATED_BLOCKS = "repeated_blocks";
    static final String HISTORY_WINDOW = "history_window";

    /** Whitespace first, so paragraphs that differ only in trailing spaces are caught as repeats afterwards. */
    private static final List<TextRule> PROSE = List.of(
            new TextRule(WHITESPACE, WhitespaceRule::apply),
            new TextRule(JSON_MINIFY, JsonMinifier::minifyFences),
            new TextRule(REPEATED_BLOCKS, RepeatedBlocks::apply));

    /** JSON-shaped text gets no prose rules: collapsing spaces is only safe outside its string literals. */
    private static final List<TextRule> JSON = List.of(new TextRule(JSON_MINIFY, JsonMinifier::minifyWhole));

    static List<TextRule> forText(String text, TextKind kind) {
        return kind == TextKind.JSON || JsonMinifier.looksLikeJson(text) ? JSON : PROSE;
    }
}
