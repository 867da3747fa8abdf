package com.netra.apex.core.wedge.sample;

import static com.netra.apex.core.wedge.sample.SampleText.COMPANIES;
import static com.netra.apex.core.wedge.sample.SampleText.COUNTRIES;
import static com.netra.apex.core.wedge.sample.SampleText.DIMENSIONS;
import static com.netra.apex.core.wedge.sample.SampleText.EMAIL_SENTENCES;
import static com.netra.apex.core.wedge.sample.SampleText.LANGUAGES;
import static com.netra.apex.core.wedge.sample.SampleText.METRICS;
import static com.netra.apex.core.wedge.sample.SampleText.NAMES;
import static com.netra.apex.core.wedge.sample.SampleText.PRODUCTS;
import static com.netra.apex.core.wedge.sample.SampleText.SQL_TABLES;
import static com.netra.apex.core.wedge.sample.SampleText.WORDS;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Composes the prompts of sample calls from the word banks, deterministically from one random source. */
final class SamplePrompts {

    static final int NEAR_DUPLICATE_FAMILIES = 6;

    /** Answers by feature, so a log line reads like a real exchange. */
    private static final Map<String, List<String>> ANSWERS = Map.of(
            "ticket-summary", List.of("The customer reports a late delivery and asks for a refund. Urgency: medium.",
                    "A billing error: the customer was charged twice and wants one charge reversed. Urgency: high.",
                    "The customer asks to change the delivery address before shipping. Urgency: low."),
            "query-rewrite", List.of("{\"queries\":[\"compact standing desk\",\"small standing desk\",\"desk riser\"],"
                    + "\"category\":\"furniture\"}", "{\"queries\":[\"quiet grinder\",\"burr grinder\",\"espresso grinder\"],"
                    + "\"category\":\"kitchen\"}"),
            "sql-assistant", List.of("SELECT region, SUM(total) AS revenue FROM orders GROUP BY region ORDER BY region;\n"
                    + "It sums order totals per region.", "SELECT date_trunc('week', created_at) AS week, COUNT(*) FROM orders "
                    + "GROUP BY 1 ORDER BY 1;\nIt counts orders per week."),
            "announcements", List.of("Meet the new standard for your desk: quieter, sturdier and ready on launch day.",
                    "It is here. Designed for everyday use, priced for everyone, available from launch day."),
            "quick-answers", List.of("Paris.", "Yes.", "No.", "42.", "It is the first one.", "Nairobi."),
            "order-check", List.of("OK.", "Problem: item 3 has quantity 0.", "Problem: gift wrap requested on a business order."),
            "support-bot", List.of("I'm sorry about the delay. I've looked up your order: it left our warehouse yesterday "
                    + "and should arrive within two business days. Is there anything else I can help with?",
                    "Thanks for reaching out. I've opened a ticket for our returns team, who will email you a prepaid "
                    + "label today. Is there anything else you need?"));
    private static final List<String> COLORS = List.of("black", "white", "sage green", "navy", "sand", "red");
    private static final List<String> TONES = List.of("warm", "playful", "matter-of-fact", "premium", "technical");

    private final SplittableRandom rnd;

    SamplePrompts(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** Ordinary work of a team: long, varied, each with its own reference code. */
    String ordinary(String team) {
        return switch (team) {
            case "support" -> "Summarize this customer email in two sentences and label its urgency (low, medium, high).\n\n"
                    + "From: " + pick(NAMES) + "\nSubject: Order " + code() + "\n\n" + email(4, 7) + "\n\nThanks,\n" + pick(NAMES);
            case "search" -> "Rewrite the shopper's query into three catalogue search queries and one category filter.\n"
                    + "Query: \"" + pick(COLORS) + " " + pick(PRODUCTS) + " for " + pick(WORDS) + " under $" + amount()
                    + "\"\nRecently viewed: " + pick(PRODUCTS) + ", " + pick(PRODUCTS) + ", " + pick(PRODUCTS)
                    + "\nSession: " + code();
            case "analytics" -> "Write a PostgreSQL query. Tables: " + pick(SQL_TABLES) + "; " + pick(SQL_TABLES) + "; "
                    + pick(SQL_TABLES) + ". Return the " + pick(METRICS) + " by " + pick(DIMENSIONS) + " for the last "
                    + between(7, 400) + " days, excluding test accounts, ordered by " + pick(DIMENSIONS)
                    + ". Explain the query in one sentence. Request " + code() + ".";
            default -> "Draft a " + between(80, 300) + "-word product announcement for " + pick(COMPANIES) + "'s new "
                    + pick(PRODUCTS) + ". Audience: " + pick(WORDS) + " enthusiasts. Mention the launch date "
                    + day() + ", the price $" + amount() + " and two features: " + pick(WORDS) + " mode and "
                    + pick(WORDS) + " finish. Tone: " + pick(TONES) + ". Campaign " + code() + ".";
        };
    }

    /** One member of a family of templated prompts: the same words but for a few slots. */
    String nearDuplicate(int family) {
        return switch (family) {
            case 0 -> "Translate into " + pick(LANGUAGES) + ": \"Your order " + code() + " has shipped and will arrive on "
                    + day() + ".\"";
            case 1 -> "Classify the sentiment of this review as positive, negative or neutral: \"The " + pick(PRODUCTS)
                    + " arrived " + pick(List.of("on time", "late", "damaged", "early")) + " and "
                    + pick(List.of("works great", "stopped working", "is fine", "smells odd")) + ". Order " + code() + ".\"";
            case 2 -> "Extract the invoice number and the total from this text and return JSON: \"Invoice " + code()
                    + " for " + pick(COMPANIES) + ", total due $" + amount() + " by " + day() + ".\"";
            case 3 -> "Write a two-sentence reply telling " + pick(NAMES) + " that the refund of $" + amount()
                    + " for order " + code() + " was issued today.";
            case 4 -> "Generate a product title under 60 characters for a " + pick(COLORS) + " " + pick(PRODUCTS)
                    + " made of " + pick(List.of("oak", "steel", "recycled plastic", "bamboo", "aluminium")) + ", SKU "
                    + code() + ".";
            default -> "Tag this support ticket with one of billing, shipping, product, account: \"" + email(1, 1)
                    + " Ticket " + code() + ".\"";
        };
    }

    /**
     * A question any small model answers: one line, one checkable answer, each template a closed-form task by
     * {@code EasyRequests} (lookup, arithmetic, word task, yes/no, comparison).
     */
    String easyQuestion() {
        return switch (rnd.nextInt(7)) {
            case 0 -> "What is the capital of " + pick(COUNTRIES) + "?";
            case 1 -> "How many minutes are in " + between(2, 999) + " hours?";
            case 2 -> "What is " + between(10, 9999) + " plus " + between(10, 9999) + "?";
            case 3 -> "Spell the word \"" + pick(WORDS) + "\" backwards.";
            case 4 -> "Is " + between(100, 99_999) + " a prime number? Answer yes or no.";
            case 5 -> "Which is larger, " + between(1, 9999) + "/" + between(2, 99) + " or " + between(1, 9999) + "?";
            default -> "How do you say \"" + pick(WORDS) + "\" in " + pick(LANGUAGES) + "?";
        };
    }

    /** The short answer of a closed-form near-duplicate family: a sentiment label, the invoice's fields, a ticket tag. */
    String closedFormAnswer(int family) {
        return switch (family) {
            case 1 -> pick(List.of("positive", "negative", "neutral"));
            case 2 -> "{\"invoice\":\"" + code() + "\",\"total\":" + amount() + "}";
            default -> pick(List.of("billing", "shipping", "product", "account"));
        };
    }

    /** A question to the support bot, unique by its order code. */
    String customerQuestion() {
        return email(1, 3) + " My order number is " + code() + ".";
    }

    String answer(String feature) {
        return pick(ANSWERS.getOrDefault(feature, ANSWERS.get("ticket-summary")));
    }

    String email(int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = between(min, max); i > 0; i--) {
            text.append(text.length() == 0 ? "" : " ").append(fill(pick(EMAIL_SENTENCES)));
        }
        return text.toString();
    }

    String fill(String sentence) {
        return sentence.replace("{p}", pick(PRODUCTS)).replace("{n}", Integer.toString(between(2, 90)))
                .replace("{c}", code()).replace("{d}", day()).replace("{a}", amount());
    }

    String pick(List<String> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    int between(int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    String code() {
        return (char) ('A' + rnd.nextInt(26)) + "" + (char) ('A' + rnd.nextInt(26)) + "-" + between(100_000, 999_999);
    }

    String day() {
        return "2026-" + twoDigits(between(1, 12)) + "-" + twoDigits(between(1, 28));
    }

    String amount() {
        return between(5, 2400) + "." + twoDigits(rnd.nextInt(100));
    }

    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Roughly four characters per token: the token count a provider reports for generated text. */
    static long estimateTokens(String text) {
        return (text.length() + 3) / 4;
    }
}
