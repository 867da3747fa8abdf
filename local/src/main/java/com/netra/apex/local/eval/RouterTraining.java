package com.netra.apex.local.eval;

import com.netra.apex.core.routing.LearnedRouter;
import com.netra.apex.core.routing.PricedExample;
import com.netra.apex.core.routing.PromptPricing;
import com.netra.apex.core.routing.RouterSplit;
import com.netra.apex.core.routing.RouterTrainer;
import com.netra.apex.core.routing.RouterWeightsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `apex eval router --train`: fits the router on the training split and writes its weights file. */
final class RouterTraining {

    private RouterTraining() {
    }

    /** Trains, writes {@code out}, and returns the router read back from it, so what is evaluated is what shipped. */
    static LearnedRouter trainAndWrite(List<PricedExample> rows, PromptPricing pricing, Path data, Path out,
                                       PrintStream log) {
        List<PricedExample> train = rows.stream().filter(e -> RouterSplit.isTrain(e.example().prompt())).toList();
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training-split rows in " + data);
        }
        log.printf(Locale.ROOT, "training on %d training-split rows (%d held out)%n", train.size(), rows.size() - train.size());
        RouterTrainer.Result result = new RouterTrainer(RouterTrainer.Settings.defaults())
                .train(train, pricing.outputTokenWeight(), provenance(pricing, data));
        log.printf("%-10s %8s %13s %10s %12s %17s%n", "target", "l2", "cost_exponent", "cv_saved", "strong_share", "quality_vs_strong");
        for (RouterTrainer.Candidate c : result.candidates()) {
            log.printf(Locale.ROOT, "%-10s %8.0e %13.2f %10.3f %12.3f %17.3f%s%n", c.target(), c.l2(), c.costExponent(),
                    c.costSaved(), c.strongShare(), c.qualityVsStrong(), c.equals(result.chosen()) ? "  <- chosen" : "");
        }
        write(result, out);
        log.println("wrote router weights to " + out);
        return readBack(out);
    }

    private static Map<String, Object> provenance(PromptPricing pricing, Path data) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data", data.getFileName() == null ? data.toString() : data.getFileName().toString());
        p.put("split", "sha256(prompt)[0] % 5 != 0");
        p.put("strong", pricing.strong().toString());
        p.put("weak", pricing.weak().toString());
        p.put("prices", pricing.priceVersion() + " on " + PromptPricing.PRICED_ON);
        p.put("output_tokens", PromptPricing.OUTPUT_TOKENS);
        return p;
    }

    private static void write(RouterTrainer.Result result, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                RouterWeightsFile.write(result.router().weights(), stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write router weights to " + out, e);
        }
    }

    private static LearnedRouter readBack(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new LearnedRouter(RouterWeightsFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back router weights " + file, e);
        }
    }
}
