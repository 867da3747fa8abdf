package com.netra.apex.analytics;

import com.netra.apex.core.wedge.store.WedgeScope;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Partitions in a local folder, {@code <root>/tenant=<t>/date=<d>/part-<uuid>.parquet}; writes are staged in a
 * sibling folder and renamed into place, so a reader never sees a half-written file.
 */
public final class LocalPartitions implements PartitionFiles {

    private final Path root;
    private final Path staging;

    public LocalPartitions(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolveSibling(this.root.getFileName() + ".staging");
    }

    public Path root() {
        return root;
    }

    @Override
    public List<Path> stored(String tenantId, Collection<String> days) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String day : days) {
            files.addAll(parts(root.resolve("tenant=" + tenantId).resolve("date=" + day)));
        }
        return files;
    }

    @Override
    public String version(WedgeScope scope) throws IOException {
        Path tenant = root.resolve("tenant=" + WedgeScope.requireTenant(scope.tenantId()));
        List<String> parts = new ArrayList<>();
        if (Files.isDirectory(tenant)) {
            try (Stream<Path> days = Files.list(tenant)) {
                for (Path day : days.filter(d -> inScope(d, scope)).toList()) {
                    for (Path file : parts(day)) {
                        parts.add(tenant.relativize(file) + " " + Files.size(file));
                    }
                }
            }
        }
        return PartitionFiles.fingerprint(parts.stream());
    }

    /** A {@code date=<yyyy-MM-dd>} folder within the scope's days (ISO dates compare as text). */
    private static boolean inScope(Path dayFolder, WedgeScope scope) {
        String name = dayFolder.getFileName().toString();
        if (!name.startsWith("date=") || !Files.isDirectory(dayFolder)) {
            return false;
        }
        String day = name.substring("date=".length());
        return day.compareTo(scope.from().toString()) >= 0 && day.compareTo(scope.to().toString()) <= 0;
    }

    /** Several processes may share a local data directory: an OS file lock keeps their appends apart. */
    @Override
    public Closeable lockForWriting(String tenantId) throws IOException {
        return TenantWriteLock.acquire(root.resolveSibling(root.getFileName() + ".locks"), tenantId);
    }

    @Override
    public Path staging() {
        return staging;
    }

    /** Moves each staged file into its partition: a rename on the same file system, so never half there. */
    @Override
    public void publish(Path staged) throws IOException {
        for (Path file : PartitionFiles.partsUnder(staged)) {
            Path into = root.resolve(staged.relativize(file));
            Files.createDirectories(into.getParent());
            Files.move(file, into, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The part files of one day's partition folder; none if it does not exist. */
    private static List<Path> parts(Path partition) throws IOException {
        if (!Files.isDirectory(partition)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(partition)) {
            return listing.filter(PartitionFiles::isPart).toList();
        }
    }
}
