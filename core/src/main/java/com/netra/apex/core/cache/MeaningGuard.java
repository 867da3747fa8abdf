package com.netra.apex.core.cache;

/** Placeholder until the guards land. */
public final class MeaningGuard {
    public record Verdict(boolean compatible, String reason) {
    }

    public static MeaningGuard standard() {
        return new MeaningGuard();
    }

    public Fingerprint fingerprint(String prompt) {
        return new Fingerprint(prompt);
    }

    public Verdict compare(Fingerprint a, Fingerprint b) {
        return new Verdict(a.text().equals(b.text()), "placeholder");
    }
}
