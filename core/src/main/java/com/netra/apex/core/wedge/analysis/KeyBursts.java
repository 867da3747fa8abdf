package com.netra.apex.core.wedge.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds job-like traffic: one API key sending one prompt prefix in dense bursts (at least
 * {@link #DENSE_PER_MINUTE} calls a minute) and idle most of the time. Per key and prefix it keeps only
 * the current minute and running totals, so memory grows with keys times prefixes, not rows; rows of a
 * key are expected in time order (a row for an earlier minute is counted in the current one).
 *
 * <p>A group is a burst when at least {@link #MIN_BURST_ROWS} of its calls fell in dense minutes, those
 * are at least 80% of its calls, and it was active in at most a quarter of the log's minutes: a chat
 * product on one key is busy most of the day and is left alone.
 */
final class KeyBursts {

    static final int DENSE_PER_MINUTE = 20;
    static final int MIN_BURST_ROWS = 100;
    static final double MIN_DENSE_SHARE = 0.8;
    static final double MAX_ACTIVE_SHARE = 0.25;
    static final int MAX_GROUPS = 1 << 18;

    /** One key and prefix: its current minute and what its closed minutes added up to. */
    static final class Group {
        final String key;
        long minute = Long.MIN_VALUE;
        long minuteRows;
        final PicoDollars.Sum minuteCost = new PicoDollars.Sum();
        long minuteUnpriced;
        long rows;
        long activeMinutes;
        long denseRows;
        long denseUnpriced;
        final PicoDollars.Sum denseCost = new PicoDollars.Sum();

        Group(String key) {
            this.key = key;
        }

        void add(long millis, long costPicos) {
            long at = Math.floorDiv(millis, 60_000L);
            if (at > minute) {
                close();
                minute = at;
            }
            rows++;
            minuteRows++;
            if (costPicos == PicoDollars.UNPRICED) {
                minuteUnpriced++;
            } else {
                minuteCost.add(costPicos);
            }
        }

        void close() {
            if (minuteRows == 0) {
                return;
            }
            activeMinutes++;
            if (minuteRows >= DENSE_PER_MINUTE) {
                denseRows += minuteRows;
                denseUnpriced += minuteUnpriced;
                denseCost.add(PicoDollars.of(minuteCost.money()));
            }
            minuteRows = 0;
            minuteUnpriced = 0;
            minuteCost.reset();
        }

        boolean burst(long logMinutes) {
            return denseRows >= MIN_BURST_ROWS && denseRows >= MIN_DENSE_SHARE * rows
                    && activeMinutes <= MAX_ACTIVE_SHARE * Math.max(1, logMinutes);
        }
    }

    private final Map<Long, Group> groups = new HashMap<>();
    private long untracked;

    void add(String tenant, String key, String prefixHash, long millis, long costPicos) {
        long id = Hash64.of(tenant, key, prefixHash);
        Group g = groups.get(id);
        if (g == null) {
            if (groups.size() >= MAX_GROUPS) {
                untracked++;
                return;
            }
            g = new Group(key);
            groups.put(id, g);
        }
        g.add(millis, costPicos);
    }

    /** Every group, its last minute closed; call once at the end. */
    Iterable<Group> closed() {
        groups.values().forEach(Group::close);
        return groups.values();
    }

    long untracked() {
        return untracked;
    }
}
