package com.netra.apex.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.errors.GatewayError;
import com.netra.apex.core.wedge.SpendAnalysis;
import com.netra.apex.core.wedge.SpendReport;
import com.netra.apex.core.wedge.report.SpendReportHtml;
import com.netra.apex.core.wedge.report.SpendReportJson;
import com.netra.apex.core.wedge.store.WedgeScope;
import com.netra.apex.optimize.http.CallerAuth;
import com.netra.apex.optimize.relay.GatewayException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Wedge's API, for the caller's own tenant only: upload a log file ({@code POST /v1/wedge/logs}, any
 * supported format, gzip or not) and read the spend and waste report ({@code GET /v1/wedge/report}, JSON,
 * or {@code /v1/wedge/report.html}). With a Wedge bucket (AWS) an upload is queued for the ingest function
 * (202, with where its result will appear), and {@code POST /v1/wedge/uploads} hands out a presigned S3 URL
 * for files larger than a request may carry. Errors are OpenAI-style JSON.
 */
@Controller("/v1/wedge")
public class WedgeController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallerAuth auth;
    private final WedgeStorage storage;
    private final Clock clock;
    private final LogUploads uploads;

    /** @param uploads presigned upload URLs; null where the deployment has no Wedge bucket (locally) */
    public WedgeController(CallerAuth auth, WedgeStorage storage, Clock clock, @Nullable LogUploads uploads) {
        this.auth = auth;
        this.storage = storage;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** A presigned PUT URL under the caller's own upload prefix; the ingest function takes it from there. */
    @Post(uri = "/uploads", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> uploadUrl(HttpRequest<?> request, @QueryValue @Nullable String ext) {
        return authenticated(request, tenant -> {
            if (uploads == null) {
                throw new GatewayException(new GatewayError(404, "invalid_request_error", "no_upload_bucket",
                        "This deployment has no upload bucket: send the file to POST /v1/wedge/logs."));
            }
            try {
                LogUploads.UploadUrl url = uploads.issue(tenant, ext);
                return json(JSON.createObjectNode().put("method", "PUT").put("url", url.url()).put("key", url.key())
                        .put("report_key", url.reportKey()).put("expires_at", url.expiresAt().toString()).toString());
            } catch (IllegalArgumentException e) {
                throw new GatewayException(GatewayError.badRequest("invalid_extension", e.getMessage()));
            }
        });
    }

    @Post(uri = "/logs", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> upload(HttpRequest<?> request, @Body @Nullable byte[] body,
                                              @QueryValue @Nullable String name) {
        return authenticated(request, tenant -> {
            if (body == null || body.length == 0) {
                throw new GatewayException(GatewayError.badRequest("empty_upload", "Send the log file as the request body."));
            }
            if (uploads != null) { // AWS: queued for the ingest function, the one writer of the tenant's logs
                LogUploads.Upload queued = uploads.store(tenant, name, body);
                return HttpResponse.accepted().contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(JSON.createObjectNode().put("status", "queued").put("key", queued.key())
                                .put("report_key", queued.reportKey()).toString());
            }
            SpendAnalysis analysis = storage.analysis(tenant, true);
            analysis.ingest(name == null ? "upload" : name, new ByteArrayInputStream(body));
            return json(SpendReportJson.write(analysis.report()));
        });
    }

    @Get(uri = "/report", produces = MediaType.APPLICATION_JSON)
    public Mono<MutableHttpResponse<?>> report(HttpRequest<?> request, @QueryValue @Nullable String from,
                                              @QueryValue @Nullable String to) {
        return authenticated(request, tenant -> json(SpendReportJson.write(report(tenant, from, to))));
    }

    @Get(uri = "/report.html", produces = MediaType.TEXT_HTML)
    public Mono<MutableHttpResponse<?>> reportHtml(HttpRequest<?> request, @QueryValue @Nullable String from,
                                                  @QueryValue @Nullable String to) {
        return authenticated(request, tenant -> HttpResponse.ok(SpendReportHtml.render(report(tenant, from, to)))
                .contentType(MediaType.TEXT_HTML_TYPE));
    }

    /** The stored logs' report over [from, to] (default: the last 30 days), every finding included. */
    private SpendReport report(String tenant, String from, String to) {
        LocalDate last = day(to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate first = day(from, last.minusDays(29));
        try {
            return storage.report(WedgeScope.of(tenant, first, last));
        } catch (IllegalArgumentException e) {
            throw new GatewayException(GatewayError.badRequest("invalid_range", e.getMessage()));
        }
    }

    private static LocalDate day(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new GatewayException(GatewayError.badRequest("invalid_date", "'" + text + "' is not a date like 2026-10-31."));
        }
    }

    /** What an endpoint does for an authenticated tenant. */
    private interface TenantCall {
        MutableHttpResponse<?> apply(String tenantId) throws IOException;
    }

    private Mono<MutableHttpResponse<?>> authenticated(HttpRequest<?> request, TenantCall call) {
        return auth.authenticate(request)
                .publishOn(Schedulers.boundedElastic())
                .<MutableHttpResponse<?>>map(p -> unchecked(() -> call.apply(p.tenantId())))
                .onErrorResume(WedgeController::error);
    }

    private static <T> T unchecked(Callable<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MutableHttpResponse<?> json(String body) {
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Mono<MutableHttpResponse<?>> error(Throwable e) {
        GatewayError error = e instanceof GatewayException g ? g.error()
                : new GatewayError(500, "api_error", "internal_error", "The report failed: " + e.getMessage());
        return Mono.just(HttpResponse.status(HttpStatus.valueOf(error.status()))
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(error.toOpenAiJson().getBytes(StandardCharsets.UTF_8)));
    }
}
