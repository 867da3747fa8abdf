package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netra.apex.core.pricing.PriceTableLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouterTrainerTest {

    private static final RouterTrainer.Settings SMALL = new RouterTrainer.Settings(10, 80, 3, 0.95,
            List.of(RouterWeights.GAIN, RouterWeights.WEAK_WRONG), List.of(1e-4), List.of(0.0, 1.0), 51);
    private static final PromptPricing PRICING = new PromptPricing(PriceTableLoader.shipped(),
            ModelRef.parse("openai/gpt-4o"), ModelRef.parse("openai/gpt-4o-mini"));

    /** Integrals only the strong model gets right; capitals both get right. */
    private static List<PricedExample> trainingSet() {
        List<PricedExample> out = new ArrayList<>();
        for (int i = 0; out.size() < 240; i++) {
            boolean hard = i % 3 == 0;
            String prompt = hard ? "Evaluate the definite integral of x^" + i + " sin(x) dx from 0 to pi.\nA. 1\nB. 2\nAnswer:"
                    : "What is the capital of country number " + i + "?\nA. Paris\nB. Rome\nAnswer:";
            if (RouterSplit.isTrain(prompt)) {
                out.add(PRICING.price(new RoutingExample(prompt, !hard, true, "synthetic.csv", i + 2)));
            }
        }
        return out;
    }

    @Test
    void theTrainedRouterSendsTheHardKindOfPromptToTheStrongModel() {
        RouterTrainer.Result result = new RouterTrainer(SMALL).train(trainingSet(), 20, Map.of("data", "synthetic"));
        LearnedRouter router = result.router();

        double integral = router.strongProbability("Evaluate the definite integral of x^999 sin(x) dx from 0 to pi.\nA. 1\nB. 2\nAnswer:");
        double capital = router.strongProbability("What is the capital of country number 999?\nA. Paris\nB. Rome\nAnswer:");

        assertThat(integral).isGreaterThan(capital);
        assertThat(router.needsStrong("Evaluate the definite integral of x^999 sin(x) dx from 0 to pi.\nA. 1\nB. 2\nAnswer:",
                router.defaultThreshold())).isTrue();
        assertThat(result.candidates()).hasSize(4).contains(result.chosen());
        assertThat(result.candidates()).allSatisfy(c -> assertThat(c.costSaved()).isLessThanOrEqualTo(result.chosen().costSaved()));
        assertThat(result.chosen().qualityVsStrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(router.weights().provenance()).containsEntry("data", "synthetic").containsEntry("train_rows", 240);
    }

    @Test
    void retrainingReproducesTheWeightsFileByteForByte() throws IOException {
        List<PricedExample> data = trainingSet();
        byte[] first = write(new RouterTrainer(SMALL).train(data, 20, Map.of()).router());
        byte[] second = write(new RouterTrainer(SMALL).train(data, 20, Map.of()).router());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theWeightsFileRoundTripsToTheSameScores() throws IOException {
        LearnedRouter trained = new RouterTrainer(SMALL).train(trainingSet(), 20, Map.of()).router();
        LearnedRouter read = new LearnedRouter(RouterWeightsFile.read(new ByteArrayInputStream(write(trained))));

        for (int i = 0; i < 20; i++) {
            String prompt = (i % 2 == 0 ? "integral of x^" : "capital number ") + i;
            assertThat(read.strongProbability(prompt)).isEqualTo(trained.strongProbability(prompt));
        }
        assertThat(read.defaultThreshold()).isEqualTo(trained.defaultThreshold());
    }

    @Test
    void heldOutPromptsAreRefused() {
        List<PricedExample> data = new ArrayList<>(trainingSet());
        String heldOut = IntStream.range(0, 100).mapToObj(i -> "q" + i).filter(RouterSplit::isTest).findFirst().orElseThrow();
        data.add(PRICING.price(new RoutingExample(heldOut, true, true, "t.csv", 1)));

        assertThatThrownBy(() -> new RouterTrainer(SMALL).train(data, 20, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training split");
    }

    private static byte[] write(LearnedRouter router) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouterWeightsFile.write(router.weights(), out);
        return out.toByteArray();
    }
}
