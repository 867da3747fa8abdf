package com.netra.apex.core.wedge.analysis;

/**
 * How far a finding's dollars can be trusted, 0..1, and the one-line reason for that number.
 *
 * @param value 0 (a guess) to 1 (arithmetic on measured facts)
 * @param basis what the value rests on, in one line
 */
public record Confidence(double value, String basis) {

    public Confidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + value);
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a confidence needs its basis");
        }
    }
}
