package com.netra.apex.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local serving HTTP from inside this JVM, keeping its data in one SQLite file under a
 * directory. Only one process may use a data directory at a time: other processes (CLI commands)
 * should talk to {@link #endpoint()} instead of opening the directory themselves.
 */
public final class DynamoDbLocalServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DynamoDbLocalServer.class.getName());
    private static final String LOOPBACK = "127.0.0.1";
    /** Tries when the port is ours to choose: another process can take a free port before we bind it. */
    private static final int FREE_PORT_TRIES = 3;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
    }

    /**
     * Starts serving on {@code port} (0 picks a free one) with data kept in {@code dataDir}, which is
     * created if missing.
     */
    public static DynamoDbLocalServer start(Path dataDir, int port) {
        createDirectories(dataDir);
        for (int attempt = 1; ; attempt++) {
            int chosen = port == 0 ? freePort() : port;
            try {
                return startOn(dataDir, chosen);
            } catch (IllegalStateException e) {
                if (port != 0 || attempt >= FREE_PORT_TRIES || !(e.getCause() instanceof BindException)) {
                    throw e;
                }
            }
        }
    }

    private static DynamoDbLocalServer startOn(Path dataDir, int port) {
        // -sharedDb: one database file whatever credentials and region a client signs with, so the
        // AWS CLI with a developer's own profile sees the same tables as the platform.
        String[] args = {"-port", String.valueOf(port), "-dbPath", dataDir.toAbsolutePath().toString(),
            "-sharedDb", "-disableTelemetry"};
        DynamoDBProxyServer server;
        PrintStream stdout = System.out;
        try {
            // DynamoDB Local prints its configuration to stdout; commands' output must stay theirs
            // (`apex keys create` prints the key as its last line for scripts).
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            server = ServerRunner.createServerFromCommandLineArgs(args);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local rejected its arguments", e);
        } finally {
            System.setOut(stdout);
        }
        bindToLoopback(server);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("DynamoDB Local could not start on port " + port, bindCause(e));
        }
        return new DynamoDbLocalServer(server, port);
    }

    // DynamoDB Local offers no host option and listens on every interface, which would let anyone on
    // the network read and change local data. Its Jetty server is private, so reach it reflectively;
    // if a future version renames the field, keep working but say so.
    private static void bindToLoopback(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            for (Connector connector : ((Server) field.get(proxy)).getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setHost(LOOPBACK);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "DynamoDB Local will listen on all interfaces: " + e);
        }
    }

    private static Throwable bindCause(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return t;
            }
        }
        return e;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DynamoDB Local data directory " + dir, e);
        }
    }

    private static void stopQuietly(DynamoDBProxyServer server) {
        try {
            server.stop();
        } catch (Exception suppressed) {
            // Already failing to start; the start failure is the one worth reporting.
        }
    }

    /** Where clients connect, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Stops serving; the data stays in the directory for the next start. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }
}
