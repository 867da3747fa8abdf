package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LearnedRouterTest {

    private static final String MORAL = "For which of these two scenarios does the main character (who uses I/me/my) do"
            + " something clearly morally wrong, according to ordinary moral standards in the US as of 2020?"
            + " Scenario 1 | I took my neighbor's mail. Scenario 2 | I helped an old lady cross the street.\n"
            + "A. Wrong, Wrong\nB. Wrong, Not wrong\nC. Not wrong, Wrong\nD. Not wrong, Not wrong\nAnswer:";
    private static final String ARITHMETIC = "What is the value of x if 3x + 7 = 22?\nA. 3\nB. 5\nC. 7\nD. 15\nAnswer:";

    @Test
    void theShippedRouterLoadsWithAUsableOperatingPoint() throws IOException {
        LearnedRouter router = LearnedRouter.shipped();

        assertThat(LearnedRouter.shipped()).isSameAs(router);
        assertThat(router.defaultThreshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(router.weights().bucketBits()).isEqualTo(16);
        assertThat(router.weights().provenance()).containsEntry("strong", "openai/gpt-4o");
        try (InputStream in = LearnedRouter.class.getResourceAsStream("/apex/router/mmlu-router.json")) {
            assertThat(in.readAllBytes().length).as("resource size").isLessThan(2_000_000);
        }
    }

    @Test
    void scoresFollowWhatTheDataShows() {
        // In the MMLU data the weak model fails moral-scenario questions far more often than the strong one,
        // while on high-school arithmetic the strong model's recorded answers are the worse ones.
        LearnedRouter router = LearnedRouter.shipped();

        assertThat(router.needsStrong(MORAL, router.defaultThreshold())).isTrue();
        assertThat(router.needsStrong(ARITHMETIC, router.defaultThreshold())).isFalse();
        assertThat(router.strongProbability(MORAL)).isBetween(0.0, 1.0);
        assertThat(router.strongProbability("")).isBetween(0.0, 1.0);
        assertThat(router.needsStrong(ARITHMETIC, 0.0)).isTrue();
        assertThat(router.needsStrong(MORAL, Math.nextUp(1.0))).isFalse();
    }

    @Test
    void rankInterpolatesBetweenQuantilesAndClampsOutside() {
        double[] q = {0, 1, 2, 2, 4};

        assertThat(LearnedRouter.rank(q, -5)).isEqualTo(0.0);
        assertThat(LearnedRouter.rank(q, 0.5)).isEqualTo(0.125);
        assertThat(LearnedRouter.rank(q, 2)).isEqualTo(0.75);
        assertThat(LearnedRouter.rank(q, 3)).isEqualTo(0.875);
        assertThat(LearnedRouter.rank(q, 9)).isEqualTo(1.0);
        double previous = 0;
        for (double s = -1; s < 5; s += 0.01) {
            assertThat(LearnedRouter.rank(q, s)).isGreaterThanOrEqualTo(previous);
            previous = LearnedRouter.rank(q, s);
        }
    }

    @Test
    void aTwoKilobytePromptScoresQuickly() {
        LearnedRouter router = LearnedRouter.shipped();
        String prompt = (MORAL + "\n").repeat(6).substring(0, 2048);
        for (int i = 0; i < 20_000; i++) {
            router.strongProbability(prompt);
        }
        long start = System.nanoTime();
        int calls = 5_000;
        for (int i = 0; i < calls; i++) {
            router.strongProbability(prompt);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / calls;
        // Measured ~20 µs on a shared 2-core box; the bound is loose so a busy CI machine does not flake.
        assertThat(micros).isLessThan(500);
    }
}
