package com.netra.apex.core.compression;

import com.netra.apex.core.compression.CodeFences.Fence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a paragraph that exactly repeats an earlier paragraph of the same text: retrieval pipelines
 * often paste the same chunk twice, and the model gains nothing from reading it again.
 *
 * <p>Paragraphs are separated by blank lines. Only paragraphs of at least {@value #MIN_CHARS}
 * characters count, so short repeated lines ("Thanks!", "---") stay. Paragraphs holding a fenced
 * code block are never dropped: the same code shown twice ("before" and "after") is usually deliberate.
 */
final class RepeatedBlocks {

    static final int MIN_CHARS = 40;

    private RepeatedBlocks() {
    }

    static String apply(String text) {
        if (text.length() < 2 * MIN_CHARS || text.indexOf('\n') < 0) {
            return text;
        }
        List<Fence> fences = CodeFences.find(text);
        Set<String> seen = new HashSet<>();
        TextRewrite out = new TextRewrite(text);
        int previousEnd = -1;
        int pos = 0;
        while (pos < text.length()) {
            Block block = nextBlock(text, pos, fences);
            if (block == null) {
                break;
            }
            boolean candidate = !block.holdsCode() && block.end() - block.start() >= MIN_CHARS;
            if (candidate && !seen.add(text.substring(block.start(), block.end())) && previousEnd >= 0) {
                // Drops the blank lines before the repeat along with it, so the spacing stays as it was.
                out.delete(previousEnd, block.end());
            }
            previousEnd = block.end();
            pos = block.end() + 1;
        }
        return out.result();
    }

    /** A paragraph: end is the index of the newline ending its last line, or the text's end. */
    private record Block(int start, int end, boolean holdsCode) {
    }

    /** The next paragraph at or after {@code pos}; null when only blank lines remain. */
    private static Block nextBlock(String text, int pos, List<Fence> fences) {
        int start = -1;
        int end = -1;
        boolean code = false;
        int p = pos;
        while (p < text.length()) {
            int lineEnd = Lines.end(text, p);
            Fence fence = fenceHolding(fences, p);
            if (fence != null) {
                start = start < 0 ? p : start;
                code = true;
                end = fence.end();
                p = fence.end() + 1;
                continue;
            }
            if (Lines.isBlank(text, p, lineEnd)) {
                if (start >= 0) {
                    break;
                }
            } else {
                start = start < 0 ? p : start;
                end = lineEnd;
            }
            p = lineEnd + 1;
        }
        return start < 0 ? null : new Block(start, end, code);
    }

    /** The fence holding the line, by binary search over the fences (sorted and disjoint). */
    private static Fence fenceHolding(List<Fence> fences, int lineStart) {
        int low = 0;
        int high = fences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Fence fence = fences.get(mid);
            if (fence.holdsLine(lineStart)) {
                return fence;
            } else if (lineStart < fence.start()) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return null;
    }
}
