package com.netra.apex.core.wedge.analysis;

/** A set of longs by open addressing: 16 bytes per member instead of a boxed HashSet's ~60. */
final class LongSet {

    /** The empty-slot marker; a real key of 0 is stored as this stand-in instead. */
    private static final long EMPTY = 0;
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;

    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds {@code key}; false when it was already there. */
    boolean add(long key) {
        long k = key == EMPTY ? ZERO_STAND_IN : key;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) Hash64.mix(k) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == k) {
                return false;
            }
            if (slots[i] == EMPTY) {
                slots[i] = k;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }
}
