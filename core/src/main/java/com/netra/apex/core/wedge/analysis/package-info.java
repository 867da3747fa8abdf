/**
 * The Wedge's waste findings that need Java: each {@link com.netra.apex.core.wedge.analysis.WasteAnalyzer}
 * streams {@link com.netra.apex.core.wedge.LogRow}s once and returns one
 * {@link com.netra.apex.core.wedge.analysis.Finding}; {@link com.netra.apex.core.wedge.analysis.WasteAnalysis}
 * runs them all in one pass and totals a {@link com.netra.apex.core.wedge.analysis.WasteReport}
 * ({@link com.netra.apex.core.wedge.analysis.WasteReportJson} for the API and the HTML report).
 *
 * <p>How the dollars are found, per kind; all are "in the logs' span", then scaled to 30 days by
 * {@link com.netra.apex.core.wedge.analysis.LogSpan} (span = earliest to latest row, at least one day):
 * <ul>
 * <li>near_duplicates: the whole cost of every later member of a cluster of reworded prompts (same tenant,
 *     provider, model and stable prefix; MinHash Jaccard of 3-word shingles at least 0.8; no MeaningGuard
 *     flip) that is itself near the cluster's earliest prompt. Exact repeats are left to exact_duplicates.</li>
 * <li>routable: flagship calls that are easy by {@link com.netra.apex.core.wedge.analysis.EasyRequests}
 *     (text only, short question, short answer, closed-form task), their cost minus the same tokens at the
 *     cheaper model of {@code apex/wedge/downgrades.txt}; the learned router is only a second opinion.</li>
 * <li>prompt_bloat: tokens lossless compression removes from the prompt text, at the row's input prices.</li>
 * <li>missed_prompt_caching: repeats of a long prefix within 5 minutes of its last use with no cached
 *     tokens: prefix tokens times input minus cached price, less one Anthropic cache-write premium per run.</li>
 * <li>batch_discount: half the cost of offline-tagged calls and of job-like bursts (heuristic).</li>
 * <li>unpriced_models: counted, with tokens; dollars unknown, never $0.</li>
 * </ul>
 * exact_duplicates are counted in SQL by the storage side and passed to
 * {@link com.netra.apex.core.wedge.analysis.WasteAnalysis#report(java.util.List)} as a finding built with
 * {@link com.netra.apex.core.wedge.analysis.Finding#priced}. A row's token fields are read as
 * {@link com.netra.apex.core.usage.TokenUsage} reads them: {@code inputTokens} excludes cached and
 * cache-write tokens.
 */
package com.netra.apex.core.wedge.analysis;
