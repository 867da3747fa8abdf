package com.netra.apex.core.wedge.analysis;

/** 64-bit hashes of short strings (FNV-1a, then a Murmur3 finalizer), for per-row keys of eight bytes. */
final class Hash64 {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hash64() {
    }

    /** One hash of several parts; a null part and the part boundaries are hashed too, so ("ab","c") differs from ("a","bc"). */
    static long of(String... parts) {
        long h = OFFSET;
        for (String part : parts) {
            if (part == null) {
                h = (h ^ 0xFFFF) * PRIME;
            } else {
                for (int i = 0; i < part.length(); i++) {
                    h = (h ^ part.charAt(i)) * PRIME;
                }
            }
            h = (h ^ 0x1F) * PRIME;
        }
        return mix(h);
    }

    /** Murmur3's fmix64: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
