package com.netra.apex.analytics.aws;

import com.netra.apex.analytics.PartitionFiles;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Partitions in S3 at {@code s3://<bucket>/<prefix>/tenant=<t>/date=<d>/part-<uuid>.parquet} (what the Glue
 * table reads), mirrored into a local cache for DuckDB. Part files are never rewritten (a new append is a new
 * uuid), so a cached copy never goes stale and is fetched at most once.
 */
public final class S3Partitions implements PartitionFiles {

    /** A part file's path below the prefix; the tenant shape is {@link WedgeScope}'s. */
    private static final Pattern PART = Pattern.compile(
            "tenant=([A-Za-z0-9][A-Za-z0-9._-]{0,63})/date=(\\d{4}-\\d{2}-\\d{2})/part-[A-Za-z0-9-]{1,64}\\.parquet");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path cache;
    private final Path staging;

    /**
     * @param prefix the key prefix of the partitions, without slashes at either end (e.g. {@code logs})
     * @param cache  a local folder for the mirrored files (its sibling {@code <name>.staging} holds writes)
     */
    public S3Partitions(S3Client s3, String bucket, String prefix, Path cache) {
        if (prefix.isEmpty() || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must be like 'logs', got '" + prefix + "'");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.cache = cache.toAbsolutePath().normalize();
        this.staging = this.cache.resolveSibling(this.cache.getFileName() + ".staging");
    }

    /** The local mirror: a {@code tenant=/date=} tree that DuckDB can query like a local store. */
    public Path cache() {
        return cache;
    }

    @Override
    public List<Path> stored(String tenantId, Collection<String> days) throws IOException {
        WedgeScope.requireTenant(tenantId);
        List<Path> files = new ArrayList<>();
        for (String day : days) {
            LocalDate.parse(day); // a day is part of the key: never let anything else in
            files.addAll(fetch(tenantId, "tenant=" + tenantId + "/date=" + day + "/", d -> true));
        }
        return files;
    }

    /** Fetches every part file of the scope's tenant and days not cached yet; returns {@link #cache()}. */
    public Path mirror(WedgeScope scope) throws IOException {
        fetch(scope.tenantId(), "tenant=" + scope.tenantId() + "/date=",
                d -> !d.isBefore(scope.from()) && !d.isAfter(scope.to()));
        return cache;
    }

    @Override
    public Path staging() {
        return staging;
    }

    /** Uploads each staged part file, then keeps it in the cache (it is ours and will never change). */
    @Override
    public void publish(Path staged) throws IOException {
        for (Path file : PartitionFiles.partsUnder(staged)) {
            String relative = checked(staged.relativize(file).toString().replace('\\', '/')).group(0);
            s3.putObject(b -> b.bucket(bucket).key(prefix + "/" + relative).contentType("application/vnd.apache.parquet"),
                    RequestBody.fromFile(file));
            Path into = cache.resolve(relative);
            Files.createDirectories(into.getParent());
            Files.move(file, into, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public String version(WedgeScope scope) {
        return PartitionFiles.fingerprint(parts(scope.tenantId(), "tenant=" + scope.tenantId() + "/date=",
                d -> !d.isBefore(scope.from()) && !d.isAfter(scope.to())).stream().map(p -> p.relative() + " " + p.eTag()));
    }

    /** One stored part file: its key, its path below the prefix, and its ETag. */
    private record Part(String key, String relative, String eTag) {
    }

    /** What days pass {@code days}, listed under {@code <prefix>/<below>}: fetched if missing, as local paths. */
    private List<Path> fetch(String tenantId, String below, Predicate<LocalDate> days) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Part part : parts(tenantId, below, days)) {
            files.add(local(part.key(), part.relative()));
        }
        return files;
    }

    /** The tenant's part files listed under {@code <prefix>/<below>} whose day passes {@code days}. */
    private List<Part> parts(String tenantId, String below, Predicate<LocalDate> days) {
        List<Part> parts = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + "/" + below)).contents()) {
            String relative = object.key().substring(prefix.length() + 1);
            Matcher part = PART.matcher(relative);
            // The listing prefix ends in "tenant=<t>/", so another tenant's keys cannot appear; checked anyway.
            if (part.matches() && part.group(1).equals(tenantId) && days.test(LocalDate.parse(part.group(2)))) {
                parts.add(new Part(object.key(), relative, object.eTag()));
            }
        }
        return parts;
    }

    private Path local(String key, String relative) throws IOException {
        Path file = cache.resolve(relative);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(staging);
        Path download = staging.resolve("get-" + UUID.randomUUID());
        try {
            s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(download));
            Files.createDirectories(file.getParent());
            // Two appends may fetch the same file at once; either copy is the same bytes, so the last wins.
            Files.move(download, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(download);
        }
        return file;
    }

    private static Matcher checked(String relative) {
        Matcher part = PART.matcher(relative);
        if (!part.matches()) {
            throw new IllegalStateException("unexpected staged file " + relative);
        }
        return part;
    }
}
