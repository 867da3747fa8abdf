package com.netra.apex.core.wedge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags collected from a log's labels: a list gives its values, a map gives "key:value" per scalar entry.
 * Bounded in number and length because metadata can carry whole headers or documents.
 */
final class Tags {

    static final int MAX_TAGS = 32;
    static final int MAX_LENGTH = 120;

    private final Set<String> tags = new LinkedHashSet<>();

    /** Adds the values of a list, or the entries of a map; ignores anything else. */
    Tags add(JsonNode labels) {
        if (labels == null) {
            return this;
        }
        if (labels.isArray()) {
            labels.forEach(v -> {
                if (v.isValueNode()) {
                    add(v.asText());
                }
            });
        } else if (labels.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = labels.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if ("tags".equals(e.getKey())) {
                    add(e.getValue());
                } else if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    add(e.getKey() + ":" + e.getValue().asText());
                }
            }
        }
        return this;
    }

    Tags add(String tag) {
        if (tag != null && !tag.isBlank() && tags.size() < MAX_TAGS) {
            String t = tag.trim();
            tags.add(t.length() <= MAX_LENGTH ? t : t.substring(0, MAX_LENGTH));
        }
        return this;
    }

    /** Adds "name:value" when the value is present. */
    Tags add(String name, String value) {
        return value == null || value.isBlank() ? this : add(name + ":" + value);
    }

    List<String> list() {
        return new ArrayList<>(tags);
    }
}
