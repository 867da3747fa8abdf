package com.netra.apex.ingest;

import com.netra.apex.core.wedge.store.WedgeScope;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log upload's S3 key, {@code uploads/tenant=<tenantId>/<name>}: the tenant comes from the key, which only
 * that tenant's presigned URL can write, and names both where its rows are stored and where its report goes.
 */
public record UploadKey(String tenantId, String name) {

    public static final String PREFIX = "uploads/";
    private static final Pattern SHAPE = Pattern.compile("uploads/tenant=([^/]+)/(.+)");

    public UploadKey {
        WedgeScope.requireTenant(tenantId);
        if (name.isEmpty() || name.startsWith("/") || name.contains("//") || name.equals("..")
                || name.startsWith("../") || name.contains("/../") || name.endsWith("/..") || name.endsWith("/")) {
            throw new IllegalArgumentException("not an upload name: " + name);
        }
    }

    /** The upload a key names, or empty when the key is not a tenant's upload. */
    public static Optional<UploadKey> parse(String key) {
        Matcher m = SHAPE.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UploadKey(m.group(1), m.group(2)));
        } catch (IllegalArgumentException notATenantsUpload) {
            return Optional.empty();
        }
    }

    public String key() {
        return PREFIX + "tenant=" + tenantId + "/" + name;
    }

    /** Where this upload's result JSON is written: {@code reports/tenant=<t>/<name>.json}. */
    public String reportKey() {
        return "reports/tenant=" + tenantId + "/" + name + ".json";
    }
}
