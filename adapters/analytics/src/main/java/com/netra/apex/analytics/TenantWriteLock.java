package com.netra.apex.analytics;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer per tenant folder across processes: an OS file lock on {@code <root>.locks/<tenant>.lock}, so
 * `apex analyze --keep` and a running platform on the same data directory never both store a row. The
 * JVM holds file locks per process, so threads (and stores) of one JVM queue on a lock of their own first.
 */
final class TenantWriteLock implements Closeable {

    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private TenantWriteLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until this process may write the tenant's partitions. */
    static TenantWriteLock acquire(Path locks, String tenantId) throws IOException {
        Files.createDirectories(locks);
        Path file = locks.resolve(tenantId + ".lock").toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new TenantWriteLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
