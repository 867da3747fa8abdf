package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV with a header row: each later row becomes a JSON object keyed by the normalized column names, with
 * empty cells left out (absent, as in JSON), so parsers read CSV and JSON records alike. The delimiter
 * (comma, semicolon or tab) is whichever the header uses most.
 */
final class CsvSource implements RecordSource {

    private static final int HEADER_PEEK = 1 << 16;

    private final BufferedInputStream in;
    private final int maxRecordChars;

    CsvSource(BufferedInputStream in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public void readAll(RecordSink sink) throws IOException {
        char delimiter = delimiter();
        CsvRecords records = new CsvRecords(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), delimiter, maxRecordChars);
        List<String> header = records.next();
        if (header == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(ColumnNames.normalize(h.replace("\uFEFF", "")));
        }
        List<String> fields;
        while ((fields = records.next()) != null) {
            if (records.tooLong()) {
                sink.malformed(records.startLine(), "record longer than " + maxRecordChars + " characters");
            } else if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue; // a blank line
            } else if (fields.size() != names.size()) {
                sink.malformed(records.startLine(), fields.size() + " fields where the header has " + names.size());
            } else {
                sink.record(SourceRecord.ofText(records.startLine(), object(names, fields), records.rawText()));
            }
        }
    }

    private static ObjectNode object(List<String> names, List<String> fields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < names.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                node.put(names.get(i), fields.get(i));
            }
        }
        return node;
    }

    private char delimiter() throws IOException {
        byte[] head = LogInput.peek(in, HEADER_PEEK);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (byte b : head) {
            if (b == '\n') {
                break;
            }
            commas += b == ',' ? 1 : 0;
            semicolons += b == ';' ? 1 : 0;
            tabs += b == '\t' ? 1 : 0;
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
