package com.netra.apex.core.wedge;

import com.netra.apex.core.money.Money;
import com.netra.apex.core.pricing.PriceTable;
import com.netra.apex.core.wedge.analysis.Confidence;
import com.netra.apex.core.wedge.analysis.Evidence;
import com.netra.apex.core.wedge.analysis.Finding;
import com.netra.apex.core.wedge.analysis.FindingKind;
import com.netra.apex.core.wedge.analysis.LogSpan;
import com.netra.apex.core.wedge.analysis.RowPrices;
import com.netra.apex.core.wedge.analysis.WasteAnalysis;
import com.netra.apex.core.wedge.ingest.LogReader;
import com.netra.apex.core.wedge.ingest.ReadSummary;
import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.LogScan;
import com.netra.apex.core.wedge.store.LogStore;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Wedge end to end on any store: log files stream through the parser once, each row going both to the
 * tenant's store (in batches) and to the waste analyzers; the report then combines SQL over the store with
 * the analyzers' findings. One instance per analysis run.
 */
public final class SpendAnalysis {

    private static final int BATCH = 50_000;
    private static final int EXAMPLES = 5;

    private final String tenantId;
    private final LogStore store;
    private final SpendQueries queries;
    private final WasteAnalysis waste;
    private final LogSpan span = new LogSpan();
    private final List<Ingested> ingested = new ArrayList<>();

    /**
     * One file read: what the parser saw, how many rows were new to the store, and where the time went
     * (storing overlaps reading, so the two times add up to more than the wall time).
     */
    public record Ingested(String name, ReadSummary read, long stored, long readNanos, long storeNanos) {
    }

    /** @param findings false to skip the Java analyzers: spend and exact duplicates only (the fast path) */
    public SpendAnalysis(String tenantId, LogStore store, SpendQueries queries, PriceTable prices, boolean findings) {
        this.tenantId = WedgeScope.requireTenant(tenantId);
        this.store = store;
        this.queries = queries;
        this.waste = findings ? WasteAnalysis.standard(prices) : new WasteAnalysis(new RowPrices(prices), List.of());
    }

    /** Reads one log file (any supported format, gzip or not) into the store and the analyzers. */
    public Ingested ingest(String name, InputStream in) throws IOException {
        long started = System.nanoTime();
        BatchWriter writer = new BatchWriter(tenantId, store);
        AtomicReference<List<LogRow>> batch = new AtomicReference<>(new ArrayList<>(BATCH));
        ReadSummary read;
        try {
            read = new LogReader(tenantId).read(in, row -> {
                span.accept(row);
                waste.accept(row);
                batch.get().add(row);
                if (batch.get().size() == BATCH) {
                    writer.write(batch.getAndSet(new ArrayList<>(BATCH)));
                }
            });
            writer.write(batch.get());
        } finally {
            writer.close();
        }
        long readNanos = System.nanoTime() - started;
        Ingested result = new Ingested(name, read, writer.stored(), readNanos, writer.storeNanos());
        ingested.add(result);
        return result;
    }

    /** The report over the days the ingested files cover (the stored data of those days, earlier runs included). */
    public SpendReport report() {
        return report(ingestedScope());
    }

    /** The UTC days the ingested files cover (today when they held no rows): what {@link #report()} reads. */
    public WedgeScope ingestedScope() {
        LocalDate from = span.from().map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()).orElse(LocalDate.now(ZoneOffset.UTC));
        LocalDate to = span.to().map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()).orElse(from);
        return WedgeScope.of(tenantId, from, to);
    }

    /**
     * The report over any days of the stored data. Findings come from the rows this instance ingested
     * (none when it ingested nothing: then only the SQL findings, exact duplicates, are in it).
     */
    public SpendReport report(WedgeScope scope) {
        if (!scope.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("this analysis is for tenant " + tenantId);
        }
        SpendTotal total = queries.total(scope);
        LogSpan basis = total.firstCall() == null ? span : LogSpan.of(total.firstCall(), total.lastCall());
        DuplicateSpend duplicates = queries.exactDuplicates(scope, EXAMPLES);
        return new SpendReport(scope, total, queries.byModel(scope), queries.byProvider(scope), queries.byKey(scope),
                queries.byTag(scope), queries.byDay(scope), queries.topSpenders(scope, 10), duplicates,
                queries.unpricedModels(scope), waste.report(List.of(duplicateFinding(duplicates, total, basis))),
                List.copyOf(ingested));
    }

    /** The report over stored days with every finding: the stored rows are read back through the analyzers once. */
    public SpendReport reportFromStore(LogScan scan, WedgeScope scope) {
        scan.scan(scope, row -> {
            span.accept(row);
            waste.accept(row);
        });
        return report(scope);
    }

    /** Exact duplicates are counted in SQL (over everything stored); they become a finding like the others. */
    private static Finding duplicateFinding(DuplicateSpend d, SpendTotal total, LogSpan span) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("repeated_calls", d.repeatedCalls());
        counts.put("repeated_requests", d.repeatedRequests());
        List<String> examples = d.costliest().stream()
                .map(p -> p.repeats() + "x " + p.model() + ": " + shorten(p.examplePrompt())).toList();
        Evidence evidence = new Evidence(total.calls(), d.repeatedCalls(), counts, Map.of(), Map.of(), Map.of(), examples);
        Confidence confidence = new Confidence(0.95, "identical requests (same model, messages and parameters) sent again;"
                + " an exact cache serves them unless the caller wanted a fresh sample");
        return Finding.priced(FindingKind.EXACT_DUPLICATES, "Identical requests sent again", new Money(d.wastedUsd()),
                span, confidence, evidence, "cache.exact=on", "Turn on Apex's exact cache: repeats are answered without a provider call.");
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
