package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouterSplitTest {

    @Test
    void theSplitFollowsTheFirstByteOfTheSha256OfThePrompt() {
        // Digest bytes checked independently (Python hashlib): 255 % 5 == 0, 44 % 5 == 4, 231 % 5 == 1.
        assertThat(RouterSplit.isTest("What is 2+2?\nA. 3\nB. 4\nAnswer:")).isTrue();
        assertThat(RouterSplit.isTest("hello")).isFalse();
        assertThat(RouterSplit.isTrain("Which of the following is a prime number?")).isTrue();
        assertThat(IntStream.range(0, 40).filter(i -> RouterSplit.isTest("q" + i)).boxed().toList())
                .containsExactly(2, 11, 12, 17, 38, 39);
    }

    @Test
    void theSameTextAlwaysLandsOnTheSameSide() {
        for (int i = 0; i < 200; i++) {
            String prompt = "prompt number " + i;
            boolean first = RouterSplit.isTest(prompt);
            assertThat(RouterSplit.isTest(new String(prompt.toCharArray()))).isEqualTo(first);
            assertThat(RouterSplit.isTrain(prompt)).isEqualTo(!first);
            assertThat(RouterSplit.fold(prompt, 5)).isEqualTo(RouterSplit.fold(prompt, 5));
        }
    }

    @Test
    void aboutOneInFiveIsHeldOutAndFoldsCoverEveryIndex() {
        long test = IntStream.range(0, 10_000).filter(i -> RouterSplit.isTest("row " + i)).count();
        assertThat(test).isBetween(1_800L, 2_200L);
        assertThat(IntStream.range(0, 1_000).map(i -> RouterSplit.fold("row " + i, 5)).distinct().sorted().toArray())
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(RouterSplit.fold("What is 2+2?\nA. 3\nB. 4\nAnswer:", 5)).isEqualTo(4);
    }
}
