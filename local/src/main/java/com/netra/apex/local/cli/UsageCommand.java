package com.netra.apex.local.cli;

import com.netra.apex.core.metering.UsageRecordCodec;
import com.netra.apex.core.money.Money;
import com.netra.apex.core.usage.UsageRecord;
import com.netra.apex.core.usage.UsageSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** `apex usage --tenant NAME [--days N] [--json]`: requests, tokens and cost per model. */
final class UsageCommand {

    private UsageCommand() {
    }

    static void run(String[] args) {
        CliArgs cli = new CliArgs(args, Set.of("json", "records", "aws"));
        String tenant = cli.required("tenant");
        int days = cli.intOption("days", 30);
        Instant to = Instant.now().plusSeconds(1);
        try (AdminSession session = AdminSession.open(cli)) {
            List<UsageRecord> records = session.usage().query(tenant, to.minus(Duration.ofDays(days)), to);
            if (cli.has("records")) {
                records.forEach(r -> System.out.println(UsageRecordCodec.toLine(r)));
                return;
            }
            UsageSummary summary = UsageSummary.of(tenant, records);
            if (cli.has("json")) {
                System.out.println(UsageText.json(summary, days));
            } else {
                UsageText.table(summary, days).forEach(System.out::println);
            }
        }
    }

    static String usd(Money m) {
        return "$" + m.usd().setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
