package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Tells a log's format from the field names of its first records. The formats the Wedge reads:
 *
 * <h2>Log formats</h2>
 * Files may be plain or gzip (detected by content, not name). JSON formats may be JSON Lines, one JSON
 * document (pretty-printed or not), a JSON array, or concatenated documents; CSV needs a header row, and
 * column names are matched loosely ("Input Tokens", "input-tokens", "inputTokens" all mean
 * {@code input_tokens}). Lines that cannot be read are reported with their line number and skipped.
 * Token counts are normalized as Apex bills them: input tokens at full price, cache reads and cache
 * writes apart.
 *
 * <table>
 * <caption>Formats</caption>
 * <tr><th>format</th><th>what it is</th><th>recognised by</th><th>fields read</th></tr>
 * <tr><td>{@code apex_usage}</td><td>Apex's own usage records (the gateway's journal, JSON Lines); no prompt text</td>
 *   <td>{@code request_id} + {@code received_at} + {@code served_model}/{@code requested_model}</td>
 *   <td>request_id, key_id, received_at, endpoint, provider, requested_model, served_model, input_tokens,
 *   cached_input_tokens, cache_write_tokens, output_tokens, cost_usd, status, latency_ms, cache_status</td></tr>
 * <tr><td>{@code openai_jsonl}</td><td>one call per line: an envelope with the request and response bodies,
 *   as logging proxies and SDK hooks write them; OpenAI chat, OpenAI Responses or Anthropic Messages bodies</td>
 *   <td>{@code request} (or {@code body}, {@code request_body}, {@code req}) holding an object, or a
 *   {@code response} (or {@code response_body}) with {@code usage}/{@code choices}</td>
 *   <td>time: timestamp | created_at | time | ts | start_time | @timestamp (ISO-8601, or epoch seconds /
 *   millis / micros), else response.created; id: request_id | id | requestId, else response.id;
 *   model: response.model, else request.model; provider: provider, else from the model name (gpt-*, o1/o3/o4*,
 *   chatgpt-* are openai, claude-* anthropic, else unknown); usage: response.usage (prompt_tokens with
 *   prompt_tokens_details.cached_tokens and completion_tokens; or Anthropic input_tokens,
 *   cache_read_input_tokens, cache_creation_input_tokens, output_tokens), estimated with o200k from the
 *   text when absent; key: api_key_id | api_key | key_id (raw secret keys are masked), else user;
 *   tags: tags | labels (list or map), metadata, request.metadata; latency_ms | duration_ms, else
 *   end_time - start; status_code | status; cost_usd | cost; batch, or custom_id (Batch API output, whose
 *   response.body is unwrapped). Request bodies logged as JSON strings are parsed.</td></tr>
 * <tr><td>{@code openai_usage_export}</td><td>OpenAI organization Usage API (completions, embeddings, ...) and
 *   Costs API pages, or their buckets as JSON Lines; one aggregate row per result</td>
 *   <td>buckets with {@code start_time} + {@code results[]} ({@code "object":"bucket"} or results whose
 *   object starts with {@code organization.})</td>
 *   <td>start_time; usage results: input_tokens (incl.) input_cached_tokens, output_tokens,
 *   num_model_requests (the row's request count), model, project_id, api_key_id, user_id, batch; cost
 *   results (organization.costs.result): amount.value, amount.currency (USD only), line_item (model =
 *   text before its comma), project_id, with no tokens and 0 requests. Usage and cost results describe
 *   the same spend: analyse one or the other, never their sum</td></tr>
 * <tr><td>{@code anthropic_usage_export}</td><td>Anthropic Admin API usage report and cost report (pages or
 *   buckets), and the console's CSV export</td>
 *   <td>buckets with {@code starting_at} + {@code results[]}; CSV rows with a date, a model and token
 *   columns</td>
 *   <td>report: starting_at, uncached_input_tokens, cache_read_input_tokens,
 *   cache_creation.ephemeral_5m_input_tokens + ephemeral_1h_input_tokens, output_tokens, model, api_key_id,
 *   workspace_id, service_tier (batch), context_window; cost report: amount (cents) and currency,
 *   cost_type, token_type; no request count (requests 0). CSV: date | usage_date_utc, model |
 *   model_version, api_key, workspace, input_tokens | uncached_input_tokens, output_tokens,
 *   cache_read_tokens, every cache_write / cache_creation column summed, cost | cost_usd, requests,
 *   service_tier | usage_type (batch). Any daily usage CSV with these columns reads the same way; the
 *   provider still follows the model name</td></tr>
 * <tr><td>{@code litellm_spend}</td><td>LiteLLM proxy SpendLogs rows as JSON Lines, a JSON array or CSV</td>
 *   <td>{@code spend} + {@code startTime} + {@code request_id} or {@code call_type}</td>
 *   <td>request_id, call_type (batch), api_key (hashed by LiteLLM), spend, prompt_tokens (incl. cache
 *   reads/writes, split by metadata.usage_object when present), completion_tokens, startTime, endTime
 *   (latency), model (else model_group), custom_llm_provider, user, team_id, request_tags, metadata (JSON:
 *   tags, user_api_key_alias as the key, user_api_key_team_alias), cache_hit, status, messages or
 *   proxy_server_request (the prompt, when stored)</td></tr>
 * </table>
 *
 * Row ids are the format's name and the log's request id ({@code openai_jsonl:chatcmpl-...}), else the
 * SHA-256 of the source line ({@code openai_jsonl:sha256:...}), plus {@code #n} for the n-th result of an
 * aggregate bucket: reading the same file twice yields the same ids. Aggregate exports give one row per
 * result that stands for many calls: {@code LogRow.requests} says how many (0 when the export does not).
 */
public final class FormatDetector {

    private final String tenantId;
    private final List<RecordParser> parsers;

    /** Every format, in the order records are tested (most specific first). */
    FormatDetector(String tenantId) {
        this(tenantId, List.of(new ApexUsageParser(tenantId), new LiteLlmSpendParser(tenantId),
                new OpenAiUsageExportParser(tenantId), new AnthropicUsageReportParser(tenantId),
                new AnthropicConsoleCsvParser(tenantId), new OpenAiJsonlParser(tenantId)));
    }

    private FormatDetector(String tenantId, List<RecordParser> parsers) {
        this.tenantId = tenantId;
        this.parsers = parsers;
    }

    /** Only the parsers of one format, for a reader told the format rather than detecting it. */
    FormatDetector only(LogFormat format) {
        return new FormatDetector(tenantId, parsers.stream().filter(p -> p.format() == format).toList());
    }

    /** A new parser of the same kind as {@code chosen}: parsers keep per-read state, so threads never share one. */
    RecordParser twin(RecordParser chosen) {
        return new FormatDetector(tenantId).parsers.stream().filter(p -> p.getClass() == chosen.getClass())
                .findFirst().orElseThrow();
    }

    /** The format a record (a JSON object, or a CSV row keyed by normalized column names) is in, if any. */
    public static Optional<LogFormat> detect(JsonNode record) {
        return new FormatDetector("detect").parserFor(record).map(RecordParser::format);
    }

    Optional<RecordParser> parserFor(JsonNode record) {
        return parsers.stream().filter(p -> p.accepts(record)).findFirst();
    }
}
