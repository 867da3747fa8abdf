package com.netra.apex.analytics;

/**
 * A cheap first look for repeated (day, rowId) pairs in a batch: 64-bit fingerprints in an open-addressing
 * table. Equal pairs always collide, so "never seen" is certain; a hit may be a false alarm, and then the
 * exact de-duplication runs in SQL. A batch without repeats (nearly every batch) skips that window sort.
 */
final class SeenRowIds {

    /** Zero marks an empty slot, so a fingerprint of zero is stored as this instead. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] slots = new long[1 << 16];
    private int size;

    /** Records the pair; true if its fingerprint was seen before (a repeat, or rarely a false alarm). */
    boolean seenBefore(long epochDay, String rowId) {
        if (size * 2 >= slots.length) {
            grow();
        }
        boolean added = insert(slots, fingerprint(epochDay, rowId));
        size += added ? 1 : 0;
        return !added;
    }

    private static boolean insert(long[] table, long print) {
        int mask = table.length - 1;
        for (int i = (int) print & mask; ; i = (i + 1) & mask) {
            if (table[i] == print) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = print;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long print : slots) {
            if (print != 0) {
                insert(bigger, print);
            }
        }
        slots = bigger;
    }

    private static long fingerprint(long epochDay, String rowId) {
        long h = epochDay * 0x100000001B3L;
        for (int i = 0; i < rowId.length(); i++) {
            h = (h ^ rowId.charAt(i)) * 0x100000001B3L; // FNV-1a over chars, seeded with the day
        }
        h ^= h >>> 33; // murmur3's finalizer spreads the low bits used for the slot
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == 0 ? ZERO : h;
    }
}
