package com.netra.apex.core.wedge.sample;

import com.netra.apex.core.wedge.ingest.SeenRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Decides, call by call, what a month of one company's LLM traffic looks like: four teams with their keys,
 * a realistic model mix, and the planted waste in known proportions. Every prompt is unique unless it is
 * planted as an exact duplicate, so the planted counts are the true counts.
 */
final class SampleTraffic {

    private static final String[] TEAMS = {"support", "search", "analytics", "content"};
    private static final String[] FEATURES = {"ticket-summary", "query-rewrite", "sql-assistant", "announcements"};
    /** Ordinary model mix, by weight out of 100. */
    private static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "claude-sonnet-4-5", "claude-haiku-4-5", "gpt-4.1",
            "gpt-5-mini", "gpt-4o-2024-08-06"};
    private static final int[] WEIGHTS = {35, 18, 15, 12, 8, 7, 5};
    private static final String[] FLAGSHIPS = {"gpt-4o", "gpt-4.1", "claude-sonnet-4-5"};
    /** Near-duplicate clusters are numbered family x this + base, so every cluster has its own number. */
    static final int CLUSTERS_PER_FAMILY = 1_000_000;
    private static final String[] FAMILY_MODELS = {"gpt-4o-mini", "gpt-4o", "claude-haiku-4-5", "gpt-4o-mini",
            "gpt-4.1-mini", "claude-sonnet-4-5"};
    static final String[] UNPRICED_MODELS = {"mistral-large-2411", "llama-3.1-70b-instruct",
            "ft:gpt-4o-mini-2024-07-18:acme:support:7Hq2Lz"};
    /**
     * Cumulative shares of NONE, EXACT_DUPLICATE, NEAR_DUPLICATE, EASY, BLOATED, UNCACHED (conversations of one to
     * three turns, so about twice as many rows); the rest UNPRICED.
     */
    private static final double[] SHARES = {0.60, 0.68, 0.76, 0.83, 0.89, 0.94};
    /** Near-duplicate families whose task has one checkable answer: sentiment labels, invoice fields, ticket tags. */
    private static final Set<Integer> CLOSED_FORM_FAMILIES = Set.of(1, 2, 5);
    private static final int RECENT = 64;
    private static final int MESSAGE_OVERHEAD_TOKENS = 7;

    private final SplittableRandom rnd;
    private final SamplePrompts words;
    private final SampleBloat bloat;
    private final SampleSystemPrompts systems = new SampleSystemPrompts();
    private final SeenRows seenTexts = new SeenRows(Integer.MAX_VALUE);
    private final List<SampleCall> recent = new ArrayList<>();
    private final Map<Integer, List<String>> nearBases = new HashMap<>();
    private final Rewordings rewordings;
    private final List<Long> recentIndexes = new ArrayList<>();
    private long index = -1;
    /** Turns still to come of the support-bot conversation in progress, and its prompt variant and model. */
    private int turnsLeft;
    private int sessionVariant;
    private String sessionModel;

    SampleTraffic(SplittableRandom rnd) {
        this.rnd = rnd;
        this.rewordings = new Rewordings();
        this.words = new SamplePrompts(rnd);
        this.bloat = new SampleBloat(words);
    }

    /** The next call; an exact duplicate carries the index of the row it repeats as its family. */
    SampleCall next() {
        index++;
        if (turnsLeft > 0) {
            turnsLeft--;
            return uncachedTurn(sessionVariant, sessionModel).asFollowUp();
        }
        double roll = rnd.nextDouble();
        if (roll < SHARES[0] || roll < SHARES[1] && recent.isEmpty()) {
            return remember(ordinary());
        }
        if (roll < SHARES[1]) {
            int pick = rnd.nextInt(recent.size());
            SampleCall original = recent.get(pick);
            return original.withWaste(PlantedWaste.EXACT_DUPLICATE, recentIndexes.get(pick).intValue());
        }
        if (roll < SHARES[2]) {
            return nearDuplicate();
        }
        if (roll < SHARES[3]) {
            return easy();
        }
        if (roll < SHARES[4]) {
            return bloated();
        }
        return roll < SHARES[5] ? uncachedSystemPrompt() : unpriced();
    }

    private SampleCall ordinary() {
        int team = rnd.nextInt(TEAMS.length);
        String system = rnd.nextInt(10) < 7 ? SampleSystemPrompts.shortPrompt(TEAMS[team]) : null;
        return call(PlantedWaste.NONE, -1, team, weightedModel(), system, -1, false,
                unique(() -> words.ordinary(TEAMS[team])), words.between(80, 700));
    }

    /**
     * A rewording of an earlier request: the same template with the same values (order number, date,
     * amount) and only the courtesy words around it changed, so one cached answer is right for all of
     * them. Requests that differ in a value are different questions, not cache waste.
     */
    private SampleCall nearDuplicate() {
        int family = rnd.nextInt(SamplePrompts.NEAR_DUPLICATE_FAMILIES);
        int team = family % 2 == 0 ? 0 : 3;
        List<String> bases = nearBases.computeIfAbsent(family, f -> new ArrayList<>());
        int base = bases.isEmpty() || rnd.nextInt(4) == 0 ? -1 : rnd.nextInt(bases.size());
        if (base < 0 || rewordings.exhausted(bases.get(base))) {
            bases.add(unique(() -> words.nearDuplicate(family)));
            base = bases.size() - 1;
        }
        String text = rewordings.next(bases.get(base));
        int cluster = family * CLUSTERS_PER_FAMILY + base;
        SampleCall c = call(PlantedWaste.NEAR_DUPLICATE, cluster, team, FAMILY_MODELS[family],
                SampleSystemPrompts.shortPrompt(TEAMS[team]), -1, false, text, words.between(20, 120));
        if (!CLOSED_FORM_FAMILIES.contains(family)) {
            return c;
        }
        String answer = words.closedFormAnswer(family);
        return c.closedForm(answer, SamplePrompts.estimateTokens(answer) + words.between(0, 2));
    }

    private SampleCall easy() {
        SampleCall c = call(PlantedWaste.EASY_ON_FLAGSHIP, -1, 1, FLAGSHIPS[rnd.nextInt(FLAGSHIPS.length)], null, -1,
                false, unique(words::easyQuestion), words.between(3, 30));
        return c.closedForm(c.answer(), c.outputTokens());
    }

    private SampleCall bloated() {
        SampleBloat.Bloated b = bloat.next();
        return call(PlantedWaste.BLOATED_PROMPT, -1, 0, weightedModel(), SampleSystemPrompts.shortPrompt("support"),
                -1, false, b.text(), words.between(5, 40)).withRemovableTokens(b.removableTokens());
    }

    /** The first turn of a support-bot conversation; one or two more turns follow it within a minute or two. */
    private SampleCall uncachedSystemPrompt() {
        sessionVariant = rnd.nextInt(SampleSystemPrompts.LONG_VARIANTS);
        sessionModel = FLAGSHIPS[rnd.nextInt(FLAGSHIPS.length)];
        turnsLeft = rnd.nextInt(3);
        return uncachedTurn(sessionVariant, sessionModel);
    }

    private SampleCall uncachedTurn(int variant, String model) {
        return call(PlantedWaste.UNCACHED_SYSTEM_PROMPT, variant, 0, model, systems.longPrompt(variant), variant, true,
                unique(words::customerQuestion), words.between(60, 400));
    }

    private SampleCall unpriced() {
        int team = 2 + rnd.nextInt(2);
        return call(PlantedWaste.UNPRICED_MODEL, -1, team, UNPRICED_MODELS[rnd.nextInt(UNPRICED_MODELS.length)],
                SampleSystemPrompts.shortPrompt(TEAMS[team]), -1, false, unique(() -> words.ordinary(TEAMS[team])),
                words.between(80, 700));
    }

    private SampleCall call(PlantedWaste waste, int family, int team, String model, String system, int variant,
                            boolean tools, String text, int output) {
        String provider = provider(model);
        boolean staging = rnd.nextInt(10) == 0;
        String key = "key-" + TEAMS[team] + (staging ? "-staging" : "-prod");
        List<String> tags = List.of("team:" + TEAMS[team], staging ? "env:staging" : "env:prod", "feature:" + feature(waste, team));
        int u = 1 + rnd.nextInt(300);
        String user = "user-" + (u < 10 ? "000" : u < 100 ? "00" : "0") + u;
        long prefix = systems.prefixTokens(system, tools, "anthropic".equals(provider));
        long prompt = prefix + SamplePrompts.estimateTokens(text) + MESSAGE_OVERHEAD_TOKENS;
        Double temperature = rnd.nextInt(3) == 0 ? null : rnd.nextInt(2) == 0 ? 0.2 : 0.7;
        return new SampleCall(waste, family, key, user, tags, provider, model, system, variant, tools, text, temperature,
                rnd.nextInt(2) == 0 ? 1024 : 512, prompt, 0, prefix, output, words.answer(feature(waste, team)), false,
                false);
    }

    private static String feature(PlantedWaste waste, int team) {
        return switch (waste) {
            case EASY_ON_FLAGSHIP -> "quick-answers";
            case BLOATED_PROMPT -> "order-check";
            case UNCACHED_SYSTEM_PROMPT -> "support-bot";
            default -> FEATURES[team];
        };
    }

    static String provider(String model) {
        return model.startsWith("claude") ? "anthropic" : model.startsWith("gpt") || model.startsWith("ft:gpt") ? "openai"
                : "unknown";
    }

    private String weightedModel() {
        int roll = rnd.nextInt(100);
        for (int i = 0; i < MODELS.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return MODELS[i];
            }
        }
        return MODELS[0];
    }

    /** A fresh text; after a run of collisions (tiny banks, huge files) the row's index makes it unique. */
    private String unique(Supplier<String> text) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String t = text.get();
            if (seenTexts.firstTime(t)) {
                return t;
            }
        }
        String t = text.get() + " (ref " + index + ")";
        seenTexts.firstTime(t);
        return t;
    }

    private SampleCall remember(SampleCall call) {
        if (recent.size() == RECENT) {
            int slot = rnd.nextInt(RECENT);
            recent.set(slot, call);
            recentIndexes.set(slot, index);
        } else {
            recent.add(call);
            recentIndexes.add(index);
        }
        return call;
    }
}
