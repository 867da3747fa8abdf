package com.netra.apex.core.wedge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * API key attributions that are safe to store: a log that recorded a raw secret key keeps only its last
 * four characters and a short hash (still distinct per key), never the secret.
 */
final class KeyIds {

    private static final Pattern SECRET = Pattern.compile("^(sk|rk|pk|sess)[-_][A-Za-z0-9_\\-]{16,}$");

    private KeyIds() {
    }

    static String safe(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.trim();
        if (k.regionMatches(true, 0, "Bearer ", 0, 7)) {
            k = k.substring(7).trim();
        }
        if (k.length() < 19 || !SECRET.matcher(k).matches()) { // the length test spares the regex on most lines
            return k;
        }
        String hash = RowIds.sha256(k.getBytes(StandardCharsets.UTF_8), 0, -1).substring(0, 8);
        return k.substring(0, 3) + "..." + k.substring(k.length() - 4)
                + "#" + hash;
    }
}
