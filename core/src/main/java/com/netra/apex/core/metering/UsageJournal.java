package com.netra.apex.core.metering;

import com.netra.apex.core.usage.UsageRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of usage records accepted but perhaps not yet stored. Written before each
 * store batch and emptied once everything in it is stored, so a crash or restart loses nothing:
 * {@link #recover()} returns what it still holds. Storing is idempotent, so replaying is safe.
 */
public final class UsageJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsageJournal.class);
    private static final long TRUNCATE_ABOVE_BYTES = 8L << 20;

    private final Path file;
    private final FileChannel channel;

    public UsageJournal(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            channel.position(channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open usage journal " + file, e);
        }
    }

    /** Records left by an earlier run that may not have reached the store; torn last lines are skipped. */
    public List<UsageRecord> recover() {
        List<UsageRecord> records = new ArrayList<>();
        // Decode leniently: a write torn inside a multi-byte character must only spoil its own line.
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(UsageRecordCodec.fromLine(line));
                } catch (RuntimeException e) {
                    LOG.warn("Skipping unreadable usage journal line {} of {} (a write torn by a crash)", number, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** Appends records; the OS holds them even if this process dies the next instant. */
    public void append(List<UsageRecord> records) {
        StringBuilder sb = new StringBuilder(records.size() * 512);
        for (UsageRecord r : records) {
            sb.append(UsageRecordCodec.toLine(r)).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        try {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to usage journal " + file, e);
        }
    }

    /** Called when everything appended so far is stored; keeps the file small. */
    public void allStored() {
        try {
            if (channel.size() > TRUNCATE_ABOVE_BYTES) {
                channel.truncate(0);
                channel.position(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the journal unconditionally; after recovery has stored its records. */
    public void clear() {
        try {
            channel.truncate(0);
            channel.position(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing usage journal failed", e);
        }
    }
}
