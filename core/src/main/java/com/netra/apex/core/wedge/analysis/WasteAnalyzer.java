package com.netra.apex.core.wedge.analysis;

import com.netra.apex.core.wedge.LogRow;

/**
 * Looks for one kind of waste while rows stream past once: every row goes to {@link #accept}, then
 * {@link #finding} is asked once. Analyzers keep small per-row state so many run side by side in one
 * pass over a million rows. Not thread-safe: one pass, one feeding thread.
 */
public interface WasteAnalyzer {

    void accept(LogRow row);

    /** The waste found in every row accepted so far; call once, after the last row. */
    Finding finding();
}
