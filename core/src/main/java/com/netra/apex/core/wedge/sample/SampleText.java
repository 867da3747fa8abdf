package com.netra.apex.core.wedge.sample;

import java.util.List;

/** Word and sentence banks for sample logs: fictional companies and first names only, no real people or secrets. */
final class SampleText {

    private SampleText() {
    }

    static final List<String> COMPANIES = List.of("Acme Widgets", "Globex", "Initech", "Umbrella Goods", "Northwind",
            "Contoso", "Blue Harbor", "Pinecrest Labs", "Vandelay Imports", "Oceanic Freight");
    static final List<String> PRODUCTS = List.of("standing desk", "espresso grinder", "trail backpack", "noise-cancelling headset",
            "smart thermostat", "cast-iron skillet", "mechanical keyboard", "air purifier", "road bike helmet", "label printer",
            "portable monitor", "wool blanket", "office chair", "water filter", "webcam");
    static final List<String> NAMES = List.of("Alex", "Sam", "Priya", "Jordan", "Mei", "Tomas", "Fatima", "Lena", "Omar",
            "Chris", "Noor", "Diego", "Hana", "Ivan", "Zoe");
    static final List<String> LANGUAGES = List.of("French", "German", "Spanish", "Japanese", "Portuguese", "Italian",
            "Dutch", "Korean");
    static final List<String> COUNTRIES = List.of("France", "Kenya", "Peru", "Norway", "Vietnam", "Canada", "Egypt",
            "Chile", "Poland", "Ghana", "Japan", "Portugal", "Morocco", "Thailand", "Finland", "Argentina", "Nepal",
            "Austria", "Mongolia", "Ireland", "Senegal", "Colombia", "Greece", "Malaysia", "Iceland", "Tunisia");
    static final List<String> WORDS = List.of("harbor", "lantern", "orbit", "meadow", "cipher", "velvet", "granite",
            "falcon", "prism", "summit", "ember", "tundra", "quartz", "willow", "beacon", "saffron");

    /** Sentences of customer emails; {p} product, {n} number, {c} code, {d} day, {a} amount. */
    static final List<String> EMAIL_SENTENCES = List.of(
            "I ordered a {p} on {d} and it still has not arrived.",
            "The tracking number {c} has shown no update for a week.",
            "My invoice {c} lists a charge of ${a} that I do not recognise.",
            "The {p} stopped working after {n} days of normal use.",
            "I was promised a callback on {d} but nobody called.",
            "Could you change the delivery address on order {c} to my office?",
            "The box arrived damaged and one of the {n} screws was missing.",
            "I would like to return the {p} and get a refund of ${a}.",
            "Your website charged me twice for the same {p}.",
            "The manual for the {p} does not match the model I received.",
            "I have been a customer for {n} years and this is the first problem I have had.",
            "Please cancel my subscription before the next billing date of {d}.",
            "The discount code {c} was rejected at checkout.",
            "Support ticket {c} was closed without an answer.",
            "The replacement {p} you sent is the wrong colour.",
            "I need a copy of the receipt for order {c} for my expense report.",
            "The battery of the {p} lasts only {n} hours instead of the advertised time.",
            "Can I upgrade my plan without losing the credit of ${a}?",
            "The courier left the parcel with a neighbour I do not know.",
            "My account shows {n} loyalty points but the app says zero.");

    static final List<String> SQL_TABLES = List.of("orders(id, customer_id, total, created_at)",
            "customers(id, region, tier, signed_up_at)", "refunds(id, order_id, amount, reason)",
            "sessions(id, user_id, started_at, device)", "invoices(id, account_id, amount_due, due_date)",
            "shipments(id, order_id, carrier, delivered_at)", "tickets(id, customer_id, priority, closed_at)");
    static final List<String> METRICS = List.of("revenue", "average order value", "refund rate", "active users",
            "median delivery time", "ticket backlog", "churned accounts", "repeat purchase rate");
    static final List<String> DIMENSIONS = List.of("region", "week", "customer tier", "carrier", "device", "month",
            "product category", "sales channel");

    /** Policy sentences long system prompts are built from. */
    static final List<String> POLICY_SENTENCES = List.of(
            "Always greet the customer by name when the name is known and keep a calm, professional tone.",
            "Never promise a delivery date that the order management system has not confirmed.",
            "Refunds above two hundred dollars require a supervisor's approval before they are issued.",
            "When a customer reports a damaged item, ask for a photo before offering a replacement.",
            "Do not share internal ticket numbers, warehouse locations or employee names with customers.",
            "If the customer writes in a language other than English, answer in that language.",
            "Escalate any mention of injury, fire or electric shock to the safety team immediately.",
            "Loyalty points can be restored only once per account per calendar year.",
            "Summarise the customer's problem in one sentence before proposing a solution.",
            "Offer store credit only after a refund has been declined or the customer prefers it.",
            "Subscriptions cancelled within fourteen days of renewal are refunded in full.",
            "Verify the email address on the account before changing a delivery address.",
            "Use the lookup_order tool for any question about an order's status or contents.",
            "Use the create_ticket tool when the problem cannot be solved in the conversation.",
            "Business customers on the enterprise tier have a dedicated account manager; mention them by role.",
            "Prices in answers must include the currency and must match the invoice exactly.",
            "Do not speculate about the cause of a defect; describe only the next steps.",
            "Keep answers under one hundred and fifty words unless the customer asks for detail.",
            "Close every answer by asking whether anything else is needed.",
            "Apologise once, not repeatedly, and never blame the courier or another team.",
            "Warranty claims need the order number and the date the problem started.",
            "Gift orders never show prices on the packing slip; confirm this when asked.",
            "Bulk orders of more than fifty units are handled by the sales team, not support.",
            "If a payment failed, suggest checking the card's expiry date before retrying.");

    /** Context paragraphs that bloated prompts repeat verbatim. */
    static final List<String> CONTEXT_PARAGRAPHS = List.of(
            "Our fulfilment centre ships orders placed before two in the afternoon on the same business day. Orders "
                    + "placed later ship the next business day. Express orders are handed to the courier by five.",
            "Returns are accepted within thirty days of delivery for unused items in their original packaging. The "
                    + "customer pays return shipping unless the item arrived damaged or was not what they ordered.",
            "Enterprise accounts are invoiced monthly with net-thirty terms. Late invoices accrue a fee of one and a "
                    + "half percent per month, which account managers may waive once per year.",
            "Products carry a two-year limited warranty covering manufacturing defects. Normal wear, accidents and "
                    + "unauthorised repairs are not covered, and proof of purchase is required.",
            "Loyalty members earn one point per dollar spent and can redeem one hundred points for a five dollar "
                    + "credit. Points expire after eighteen months without a purchase.");
}
