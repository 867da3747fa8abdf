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
            readLine(lines, sink, maxLineBytes);
        }
    }

    /** Reads the current line into the sink: a record, a problem, or nothing for a blank line. */
    static void readLine(ByteLines lines, RecordSink sink, int maxLineBytes) {
        if (lines.tooLong()) {
            sink.malformed(lines.number(), tooLong(maxLineBytes));
        } else {
            read(lines.number(), lines.buffer(), lines.offset(), lines.length(), sink);
        }
    }

    static String tooLong(int maxLineBytes) {
        return "line longer than " + maxLineBytes + " bytes";
    }

    /** Parses one line's bytes; a blank line is no record. */
    static void read(long number, byte[] bytes, int offset, int length, RecordSink sink) {
        if (blank(bytes, offset, length)) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes, offset, length);
        } catch (JsonProcessingException e) {
            sink.malformed(number, "not JSON: " + Fields.clip(e.getOriginalMessage()));
            return;
        } catch (IOException e) {
            sink.malformed(number, "unreadable: " + Fields.clip(String.valueOf(e.getMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.malformed(number, "not a JSON object");
            return;
        }
        sink.record(SourceRecord.ofBytes(number, node, bytes, offset, length));
    }

    private static boolean blank(byte[] b, int offset, int length) {
        for (int i = offset, e = offset + length; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
