package com.netra.apex.core.compression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.netra.apex.core.compression.CodeFences.Fence;
import java.io.IOException;

/**
 * Removes the whitespace between JSON tokens: pretty-printed tool results, tool-call arguments and
 * ```json blocks cost tokens for indentation the model does not need.
 *
 * <p>A character scanner drops whitespace outside string literals; nothing is parsed and re-serialized,
 * so number spellings (1.50, 1e10), key order, duplicate keys and escapes stay exactly as sent. Text is
 * minified only when Jackson's strict parser accepts it as exactly one JSON value.
 */
final class JsonMinifier {

    private static final JsonFactory STRICT = new JsonFactory();

    private JsonMinifier() {
    }

    /** Whether the whole text, ignoring surrounding whitespace, is shaped like a JSON object or array. */
    static boolean looksLikeJson(String text) {
        int s = skipWhitespace(text, 0);
        int e = trimEnd(text);
        if (s >= e) {
            return false;
        }
        char first = text.charAt(s);
        char last = text.charAt(e - 1);
        return (first == '{' && last == '}') || (first == '[' && last == ']');
    }

    /** The text minified if it is entirely one valid JSON object or array, else the text itself. */
    static String minifyWhole(String text) {
        if (!looksLikeJson(text)) {
            return text;
        }
        int s = skipWhitespace(text, 0);
        int e = trimEnd(text);
        String compact = strip(text, s, e);
        if (compact.length() == text.length() || !isOneValue(text.substring(s, e))) {
            return text;
        }
        return compact;
    }

    /** Minifies the bodies of closed ```json fences, leaving the fence lines and other text alone. */
    static String minifyFences(String text) {
        if (!containsJsonFence(text)) {
            return text;
        }
        TextRewrite out = new TextRewrite(text);
        for (Fence fence : CodeFences.find(text)) {
            if (fence.closed() && fence.info().equalsIgnoreCase("json") && fence.bodyEnd() > fence.bodyStart()) {
                String body = text.substring(fence.bodyStart(), fence.bodyEnd());
                String compact = minifyWhole(body);
                if (compact != body) {
                    out.replace(fence.bodyStart(), fence.bodyEnd(), compact + "\n");
                }
            }
        }
        return out.result();
    }

    private static boolean containsJsonFence(String text) {
        for (int i = text.indexOf("```"); i >= 0; i = text.indexOf("```", i + 3)) {
            if (text.regionMatches(true, i + 3, "json", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Copies text[from, to) without whitespace outside string literals. */
    static String strip(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean inString = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < to) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (!isJsonWhitespace(c)) {
                out.append(c);
                inString = c == '"';
            }
        }
        return out.toString();
    }

    /** Whether a strict parser reads exactly one JSON value, decoding every string so bad escapes fail. */
    static boolean isOneValue(String json) {
        try (JsonParser parser = STRICT.createParser(json)) {
            int depth = 0;
            int roots = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (depth == 0 && ++roots > 1) {
                    return false;
                }
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING) {
                    parser.getText();
                }
            }
            return roots == 1 && depth == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && isJsonWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text) {
        int e = text.length();
        while (e > 0 && isJsonWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
