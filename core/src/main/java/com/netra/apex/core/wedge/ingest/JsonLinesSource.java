package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;

/** JSON Lines: each line one JSON object; a bad line is reported with its number and the next one read. */
final class JsonLinesSource implements RecordSource {

    /** Trailing tokens fail: "{...} garbage" is a damaged line, not a good one. */
    private static final ObjectReader JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

    private final InputStream in;
    private final int maxLineBytes;

    JsonLinesSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void readAll(RecordSink sink) throws IOException {
        ByteLines lines = new ByteLines(in, maxLineBytes);
        while (lines.next()) {
            if (lines.tooLong()) {
                sink.malformed(lines.number(), "line longer than " + maxLineBytes + " bytes");
            } else if (!blank(lines)) {
                read(lines, sink);
            }
        }
    }

    private static void read(ByteLines lines, RecordSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(lines.buffer(), lines.offset(), lines.length());
        } catch (JsonProcessingException e) {
            sink.malformed(lines.number(), "not JSON: " + Fields.clip(e.getOriginalMessage()));
            return;
        } catch (IOException e) {
            sink.malformed(lines.number(), "unreadable: " + Fields.clip(String.valueOf(e.getMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.malformed(lines.number(), "not a JSON object");
            return;
        }
        sink.record(SourceRecord.ofBytes(lines.number(), node, lines.buffer(), lines.offset(), lines.length()));
    }

    private static boolean blank(ByteLines lines) {
        byte[] b = lines.buffer();
        for (int i = lines.offset(), e = i + lines.length(); i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
