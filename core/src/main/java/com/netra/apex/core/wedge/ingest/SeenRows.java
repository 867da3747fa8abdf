package com.netra.apex.core.wedge.ingest;

/**
 * Remembers the row ids seen in one file so a line logged twice is kept once. Stores a 64-bit fingerprint
 * per id in an open-addressing table (16 bytes per row at most, 16 MB for a million rows) rather than the
 * ids themselves; a false "seen" needs two ids with the same 64-bit hash, about 1 in 10^7 for 10^6 rows.
 * Past {@code capacity} ids it stops remembering (and says so): storage dedupes by row id anyway, this
 * only saves work. Not thread-safe.
 */
public final class SeenRows {

    private static final long EMPTY = 0L;

    private final int capacity;
    private long[] slots = new long[1 << 12];
    private int size;

    public SeenRows(int capacity) {
        this.capacity = capacity;
    }

    /** True the first time an id is offered, false for every repeat. */
    public boolean firstTime(String rowId) {
        long h = fingerprint(rowId);
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return false;
            }
            if (slots[i] == EMPTY) {
                if (size >= capacity) {
                    return true;
                }
                slots[i] = h;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    /** The number of ids remembered. */
    public int size() {
        return size;
    }

    /** True once the capacity is reached: later repeats are no longer caught. */
    public boolean saturated() {
        return size >= capacity;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != EMPTY) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    /** FNV-1a over the characters, then a murmur finalizer to spread the bits; never the empty marker. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
