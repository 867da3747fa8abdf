package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON document, streamed: a top-level array yields its elements, an object's "data" array (an export
 * page) yields its elements one by one, and any other object is one record. Several documents in a row
 * (pretty-printed pages concatenated) are read in turn. Invalid JSON cannot be resynchronised, so it ends
 * the read with one problem at its line.
 */
final class JsonDocumentSource implements RecordSource {

    /** The caller owns the stream: reading a document must not close it. */
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

    private final InputStream in;

    JsonDocumentSource(InputStream in) {
        this.in = in;
    }

    @Override
    public void readAll(RecordSink sink) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    elements(p, sink);
                } else if (t == JsonToken.START_OBJECT) {
                    object(p, sink);
                } else {
                    sink.malformed(line(p), "expected a JSON object or array, found " + t.asString());
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.malformed(line, "invalid JSON, the rest of the file is unreadable: " + Fields.clip(e.getOriginalMessage()));
        }
    }

    /** Reads an object field by field, so a page's data array is never held whole. */
    private static void object(JsonParser p, RecordSink sink) throws IOException {
        long line = line(p);
        ObjectNode rest = JSON.createObjectNode();
        boolean streamedData = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("data".equals(name) && value == JsonToken.START_ARRAY) {
                elements(p, sink);
                streamedData = true;
            } else {
                rest.set(name, p.readValueAsTree());
            }
        }
        if (!streamedData) {
            sink.record(SourceRecord.ofText(line, rest, rest.toString()));
        }
    }

    /** Called on START_ARRAY; leaves the parser on the matching END_ARRAY. */
    private static void elements(JsonParser p, RecordSink sink) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            JsonNode element = p.readValueAsTree();
            if (element != null && element.isObject()) {
                sink.record(SourceRecord.ofText(line, element, element.toString()));
            } else {
                sink.malformed(line, "array element is not a JSON object");
            }
        }
    }

    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
