package com.netra.apex.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The local platform's own secrets (the API key hashing secret), generated on first start and kept in
 * the data directory, readable only by its owner. In AWS the same value lives in Secrets Manager.
 */
public record LocalSecrets(String keyHashingSecret) {

    private static final String FILE = "secrets.properties";

    public static LocalSecrets loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Properties props = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                }
            }
            String secret = props.getProperty("keyHashingSecret");
            if (secret == null) {
                byte[] bytes = new byte[48];
                new SecureRandom().nextBytes(bytes);
                secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                props.setProperty("keyHashingSecret", secret);
                try (OutputStream out = Files.newOutputStream(file)) {
                    props.store(out, "Apex local secrets: keep private; losing this invalidates every API key");
                }
                restrictToOwner(file);
            }
            return new LocalSecrets(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing more we can do portably.
        }
    }

    @Override
    public String toString() {
        return "LocalSecrets[redacted]";
    }
}
