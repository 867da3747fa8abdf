package com.netra.apex.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running `apex up` leaves in its data directory so other `apex` commands can use the same
 * DynamoDB Local endpoint instead of opening the database files a second time.
 */
public record PlatformState(URI gatewayUrl, URI dynamoDbEndpoint, long pid) {

    private static final String FILE = "platform.properties";

    public void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("gateway.url", gatewayUrl.toString());
        p.setProperty("dynamodb.endpoint", dynamoDbEndpoint.toString());
        p.setProperty("pid", Long.toString(pid));
        try (OutputStream out = Files.newOutputStream(dataDir.resolve(FILE))) {
            p.store(out, "Written by apex up; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void clear(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            // Stale state is detected by the liveness check anyway.
        }
    }

    /** The state of a platform that is running now on this data directory, if any. */
    public static Optional<PlatformState> ifRunning(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        PlatformState state = new PlatformState(URI.create(p.getProperty("gateway.url")),
                URI.create(p.getProperty("dynamodb.endpoint")), Long.parseLong(p.getProperty("pid", "0")));
        return state.reachable() ? Optional.of(state) : Optional.empty();
    }

    private boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(dynamoDbEndpoint.getHost(), dynamoDbEndpoint.getPort()), 500);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
