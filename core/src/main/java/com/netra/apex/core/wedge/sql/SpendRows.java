package com.netra.apex.core.wedge.sql;

import com.netra.apex.core.wedge.store.DailySpend;
import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.ModelSpend;
import com.netra.apex.core.wedge.store.RepeatedPrompt;
import com.netra.apex.core.wedge.store.RowCost;
import com.netra.apex.core.wedge.store.SpendSlice;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.TopSpender;
import com.netra.apex.core.wedge.store.UnpricedModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reads the text cells of {@link SpendSql}'s results into domain records, in each query's column order. */
final class SpendRows {

    private static final int SHARE_SCALE = 6;

    private SpendRows() {
    }

    static SpendTotal total(List<String> r) {
        return new SpendTotal(count(r.get(0)), usd(r.get(1)), count(r.get(2)), count(r.get(3)), count(r.get(4)),
                count(r.get(5)), instant(r.get(6)), instant(r.get(7)));
    }

    static ModelSpend model(List<String> r) {
        return new ModelSpend(r.get(0), r.get(1), count(r.get(2)), count(r.get(3)), count(r.get(4)), usd(r.get(5)));
    }

    static SpendSlice slice(List<String> r) {
        return new SpendSlice(r.get(0), count(r.get(1)), usd(r.get(2)));
    }

    static DailySpend day(List<String> r) {
        return new DailySpend(LocalDate.parse(r.get(0)), count(r.get(1)), usd(r.get(2)));
    }

    static TopSpender topSpender(List<String> r) {
        BigDecimal spend = usd(r.get(2));
        BigDecimal tenant = usd(r.get(3));
        BigDecimal share = tenant.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : spend.divide(tenant, SHARE_SCALE, RoundingMode.HALF_EVEN);
        return new TopSpender(r.get(0), count(r.get(1)), spend, share);
    }

    /** All rows carry the same totals; no row means no request was repeated. */
    static DuplicateSpend duplicates(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return DuplicateSpend.NONE;
        }
        List<String> first = rows.get(0);
        List<RepeatedPrompt> examples = rows.stream()
                .map(r -> new RepeatedPrompt(r.get(0), r.get(1), r.get(2), count(r.get(3)), usd(r.get(4))))
                .toList();
        return new DuplicateSpend(count(first.get(5)), usd(first.get(6)), count(first.get(7)), examples);
    }

    static UnpricedModel unpriced(List<String> r) {
        return new UnpricedModel(r.get(0), r.get(1), count(r.get(2)), count(r.get(3)), count(r.get(4)));
    }

    /** SUM over no rows is NULL in SQL; in spend it is zero. */
    private static long count(String cell) {
        return cell == null ? 0 : Long.parseLong(cell.trim());
    }

    /** At the stored scale whatever text the engine returned ("0E-9", "1.5", "1.500000000"). */
    private static BigDecimal usd(String cell) {
        BigDecimal usd = cell == null ? BigDecimal.ZERO : new BigDecimal(cell.trim());
        return usd.setScale(RowCost.SCALE, RoundingMode.HALF_EVEN);
    }

    private static Instant instant(String epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(Long.parseLong(epochMillis.trim()));
    }
}
