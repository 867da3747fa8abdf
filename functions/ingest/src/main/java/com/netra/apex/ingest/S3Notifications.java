package com.netra.apex.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the object keys out of an S3 event notification as SQS delivers it (the message body). */
final class S3Notifications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Notifications() {
    }

    /**
     * The keys of objects created in {@code bucket}; none for S3's test event (sent when the notification is
     * configured) or for another bucket's events, which this function was not set up to read.
     */
    static List<String> createdKeys(String body, String bucket) throws IOException {
        JsonNode event = JSON.readTree(body);
        List<String> keys = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            if (!record.path("eventName").asText().startsWith("ObjectCreated:")
                    || !bucket.equals(record.path("s3").path("bucket").path("name").asText())) {
                continue;
            }
            // Keys arrive form-URL-encoded: "my file.jsonl" is "my+file.jsonl".
            keys.add(URLDecoder.decode(record.path("s3").path("object").path("key").asText(), StandardCharsets.UTF_8));
        }
        return keys;
    }
}
