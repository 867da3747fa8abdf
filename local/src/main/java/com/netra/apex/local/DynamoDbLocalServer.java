package com.netra.apex.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local serving HTTP on 127.0.0.1 from inside this JVM, keeping its data in one SQLite file
 * under a directory. One server at a time may use a data directory (enforced with a lock file):
 * other processes, such as CLI commands, should talk to {@link #endpoint()} instead.
 */
public final class DynamoDbLocalServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DynamoDbLocalServer.class.getName());
    private static final String LOOPBACK = "127.0.0.1";
    /** DynamoDB Local rejects port 0, so it is given this one and the connector is then set to 0. */
    private static final int PLACEHOLDER_PORT = 8000;
    private static final String LOCK_FILE = ".dynamodb-local.lock";
    private static final Set<Path> LOCKED_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final DynamoDBProxyServer server;
    private final DirLock lock;
    private final URI endpoint;

    private DynamoDbLocalServer(DynamoDBProxyServer server, DirLock lock, int port) {
        this.server = server;
        this.lock = lock;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
    }

    /**
     * Starts serving on {@code port}, or on a free port chosen by the OS when it is 0, with data kept
     * in {@code dataDir} (created if missing). Call {@link #close()}: the server's threads keep the JVM alive.
     *
     * @throws IllegalStateException if another server uses {@code dataDir}, or the port is taken
     */
    public static DynamoDbLocalServer start(Path dataDir, int port) {
        createDirectories(dataDir);
        DirLock lock = lockExclusively(dataDir);
        try {
            return startLocked(dataDir, port, lock);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static DynamoDbLocalServer startLocked(Path dataDir, int port, DirLock lock) {
        DynamoDBProxyServer proxy = create(dataDir, port == 0 ? PLACEHOLDER_PORT : port);
        Optional<ServerConnector> connector = connectorOf(proxy);
        if (connector.isEmpty() && port == 0) {
            throw new IllegalStateException("this DynamoDB Local version cannot pick a free port; pass a port");
        }
        // Binding port 0 lets the OS choose atomically; probing for a free port and binding it later
        // races with every other process on the machine doing the same.
        connector.ifPresent(c -> c.setHost(LOOPBACK));
        connector.filter(c -> port == 0).ifPresent(c -> c.setPort(0));
        startOrStop(proxy, port);
        return new DynamoDbLocalServer(proxy, lock, connector.map(ServerConnector::getLocalPort).orElse(port));
    }

    private static DynamoDBProxyServer create(Path dataDir, int port) {
        // -sharedDb: one database file whatever credentials and region a client signs with, so the
        // AWS CLI with a developer's own profile sees the same tables as the platform.
        String[] args = {"-port", String.valueOf(port), "-dbPath", dataDir.toAbsolutePath().toString(),
            "-sharedDb", "-disableTelemetry"};
        PrintStream stdout = System.out;
        try {
            // DynamoDB Local prints its configuration to stdout; a command's output must stay its own
            // (`apex keys create` prints the key as its last line, `apex usage --json` prints JSON).
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            return ServerRunner.createServerFromCommandLineArgs(args);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local rejected its arguments", e);
        } finally {
            System.setOut(stdout);
        }
    }

    // DynamoDB Local has no host option and listens on every interface, which would let anyone on the
    // network read and change local data. Its Jetty server is private, so it is reached reflectively.
    private static Optional<ServerConnector> connectorOf(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            for (Connector connector : ((Server) field.get(proxy)).getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    return Optional.of(network);
                }
            }
            LOG.log(System.Logger.Level.WARNING, "DynamoDB Local has no network connector to restrict");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "DynamoDB Local will listen on all interfaces: " + e);
        }
        return Optional.empty();
    }

    private static void startOrStop(DynamoDBProxyServer proxy, int port) {
        try {
            proxy.start();
        } catch (Exception e) {
            stopQuietly(proxy);
            throw new IllegalStateException("DynamoDB Local could not start on port " + port, e);
        }
    }

    private static void stopQuietly(DynamoDBProxyServer proxy) {
        try {
            proxy.stop();
        } catch (Exception suppressed) {
            // Already failing to start; the start failure is the one worth reporting.
        }
    }

    // Two DynamoDB Local processes on one SQLite file do not corrupt it but fail each other with
    // "database is locked" (HTTP 500) under load, so a second server is refused outright.
    private static DirLock lockExclusively(Path dataDir) {
        Path key = realPath(dataDir);
        // Closing any channel on a file drops every lock this process holds on it (POSIX), so a second
        // attempt in this JVM must be refused before it opens the lock file at all.
        if (!LOCKED_IN_THIS_JVM.add(key)) {
            throw inUse(dataDir);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DirLock(key, lock);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            LOCKED_IN_THIS_JVM.remove(key);
            throw new UncheckedIOException("cannot lock " + dataDir, e);
        }
        closeQuietly(channel);
        LOCKED_IN_THIS_JVM.remove(key);
        throw inUse(dataDir);
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("DynamoDB Local data in " + dataDir
                + " is in use by another server; connect to its endpoint instead");
    }

    /** The lock on a data directory, held for the server's lifetime. */
    private record DirLock(Path dir, FileLock lock) {
        void release() {
            closeQuietly(lock.channel());
            LOCKED_IN_THIS_JVM.remove(dir);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close(); // also releases its lock
            }
        } catch (IOException suppressed) {
            // Nothing useful to do: the OS drops the lock when the process ends anyway.
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DynamoDB Local data directory " + dir, e);
        }
    }

    /** Where clients connect, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Stops serving and frees the data directory; the data stays there for the next start. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        } finally {
            lock.release();
        }
    }
}
