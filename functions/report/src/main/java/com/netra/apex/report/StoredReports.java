package com.netra.apex.report;

import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reports over stored days, each kept until the data it read changes: a report reads every stored row of its
 * days back through the analyzers (a minute for a million rows), and a dashboard asks for the same one again
 * and again. Keyed by the whole scope, so one tenant's report is never another's.
 */
final class StoredReports {

    private static final int KEPT = 64;

    private record Kept(String version, SpendReport report) {
    }

    private final Map<WedgeScope, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WedgeScope, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** The report kept for the scope, if it was computed over this version of the scope's data. */
    synchronized Optional<SpendReport> get(WedgeScope scope, String version) {
        Kept k = kept.get(scope);
        return k != null && k.version().equals(version) ? Optional.of(k.report()) : Optional.empty();
    }

    synchronized void put(WedgeScope scope, String version, SpendReport report) {
        kept.put(scope, new Kept(version, report));
    }
}
