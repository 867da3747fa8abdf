package com.netra.apex.analytics;

import com.netra.apex.core.hashing.Sha256;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a {@link DuckDbLogStore}'s Parquet partitions live: a local folder, or an S3 prefix mirrored into a
 * local cache. DuckDB only ever reads and writes local files; this says which files exist and publishes new ones.
 */
public interface PartitionFiles {

    /** The stored Parquet files of a tenant's days ({@code yyyy-MM-dd}), as local paths DuckDB can read. */
    List<Path> stored(String tenantId, Collection<String> days) throws IOException;

    /**
     * A fingerprint of the stored part files of the scope's tenant and days: it changes whenever an append
     * publishes a file there, so a report computed over those days can be kept until then.
     */
    String version(WedgeScope scope) throws IOException;

    /** A local folder for staging a write: on the same file system as whatever {@link #publish} moves into. */
    Path staging();

    /**
     * Makes every Parquet file of {@code staged} (a {@code tenant=<t>/date=<d>/part-<uuid>.parquet} tree)
     * visible to readers, each file all at once or not at all.
     */
    void publish(Path staged) throws IOException;

    /**
     * Held while one append for the tenant runs. By default nothing beyond this JVM's own serialization:
     * a deployment whose writers may run in several processes serializes them itself (the ingest lease on AWS).
     */
    default Closeable lockForWriting(String tenantId) throws IOException {
        return () -> { };
    }

    /** The Parquet part files anywhere under {@code folder} (a staged write, or a whole store); none if it is absent. */
    static List<Path> partsUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(PartitionFiles::isPart).toList();
        }
    }

    /** The fingerprint of a set of part-file descriptions, whatever order they were listed in. */
    static String fingerprint(Stream<String> parts) {
        return Sha256.hex(parts.sorted().collect(Collectors.joining("\n")));
    }

    /** Whether a path is a Parquet part file (the only files the stores read). */
    static boolean isPart(Path p) {
        return p.getFileName().toString().endsWith(".parquet");
    }
}
