package com.netra.apex.analytics;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run as a separate process by {@link TenantWriteLockTest}: prints whether another process holds the lock file. */
public final class TenantWriteLockProbe {

    private TenantWriteLockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.println(lock == null ? "held" : "free");
            if (lock != null) {
                lock.release();
            }
        }
    }
}
