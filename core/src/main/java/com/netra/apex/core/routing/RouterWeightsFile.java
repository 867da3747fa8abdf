package com.netra.apex.core.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The JSON form of {@link RouterWeights}. Bucket weights are stored as float32 and only where non-zero,
 * with gap-coded indices, which keeps a 2^16-bucket model near 1 MB; a bucket no training prompt
 * touched stays exactly zero.
 */
public final class RouterWeightsFile {

    static final String FORMAT = "apex-router/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RouterWeightsFile() {
    }

    public static void write(RouterWeights w, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("target", w.target());
        root.put("bucket_bits", w.bucketBits());
        root.put("cost_exponent", w.costExponent());
        root.put("cost_output_tokens", w.costOutputTokens());
        root.put("threshold", w.threshold());
        root.set("provenance", JSON.valueToTree(w.provenance()));
        root.put("bias", w.bias());
        int buckets = 1 << w.bucketBits();
        ArrayNode shape = root.putArray("shape_weights");
        for (int k = buckets; k < w.weights().length; k++) {
            shape.add((float) w.weights()[k]);
        }
        ArrayNode quantiles = root.putArray("quantiles");
        for (double q : w.quantiles()) {
            quantiles.add(q);
        }
        writeBuckets(w.weights(), buckets, root.putArray("bucket_index_gaps"), root.putArray("bucket_weights"));
        JSON.writeValue(out, root);
    }

    public static RouterWeights read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a router weights file: format is '" + root.path("format").asText() + "'");
        }
        int bits = root.path("bucket_bits").asInt();
        int buckets = 1 << bits;
        double[] weights = new double[buckets + PromptFeatures.SHAPE_FEATURES];
        JsonNode shape = root.path("shape_weights");
        for (int k = 0; k < PromptFeatures.SHAPE_FEATURES; k++) {
            weights[buckets + k] = (float) shape.path(k).asDouble();
        }
        readBuckets(root.path("bucket_index_gaps"), root.path("bucket_weights"), weights, buckets);
        double[] quantiles = new double[root.path("quantiles").size()];
        for (int i = 0; i < quantiles.length; i++) {
            quantiles[i] = root.path("quantiles").path(i).asDouble();
        }
        Map<String, Object> provenance = JSON.convertValue(root.path("provenance"), new TypeReference<>() { });
        return new RouterWeights(bits, root.path("target").asText(), root.path("bias").asDouble(), weights,
                root.path("cost_exponent").asDouble(), root.path("cost_output_tokens").asDouble(), quantiles,
                root.path("threshold").asDouble(), provenance);
    }

    private static void writeBuckets(double[] weights, int buckets, ArrayNode gaps, ArrayNode values) {
        int previous = -1;
        for (int j = 0; j < buckets; j++) {
            float w = (float) weights[j];
            if (w != 0) {
                gaps.add(j - previous);
                values.add(w);
                previous = j;
            }
        }
    }

    private static void readBuckets(JsonNode gaps, JsonNode values, double[] weights, int buckets) throws IOException {
        if (gaps.size() != values.size()) {
            throw new IOException("router weights file has " + gaps.size() + " indices but " + values.size() + " weights");
        }
        int j = -1;
        for (int i = 0; i < gaps.size(); i++) {
            j += gaps.path(i).asInt();
            if (j < 0 || j >= buckets) {
                throw new IOException("router bucket index " + j + " is outside 0.." + (buckets - 1));
            }
            // Stored as float32: narrow again so the weight is bit-identical to what was written.
            weights[j] = (float) values.path(i).asDouble();
        }
    }
}
