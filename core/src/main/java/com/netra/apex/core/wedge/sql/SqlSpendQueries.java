package com.netra.apex.core.wedge.sql;

import com.netra.apex.core.wedge.store.DailySpend;
import com.netra.apex.core.wedge.store.DuplicateSpend;
import com.netra.apex.core.wedge.store.ModelSpend;
import com.netra.apex.core.wedge.store.SpendQueries;
import com.netra.apex.core.wedge.store.SpendSlice;
import com.netra.apex.core.wedge.store.SpendTotal;
import com.netra.apex.core.wedge.store.TopSpender;
import com.netra.apex.core.wedge.store.UnpricedModel;
import com.netra.apex.core.wedge.store.WedgeScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The spend queries on any {@link SqlEngine}: the same SQL and the same row reading for DuckDB and Athena. */
public final class SqlSpendQueries implements SpendQueries {

    private final SqlEngine engine;

    public SqlSpendQueries(SqlEngine engine) {
        this.engine = engine;
    }

    @Override
    public SpendTotal total(WedgeScope scope) {
        List<List<String>> rows = run(SpendSql.TOTAL, scope);
        return rows.isEmpty() ? SpendTotal.NONE : SpendRows.total(rows.get(0));
    }

    @Override
    public List<ModelSpend> byModel(WedgeScope scope) {
        return map(SpendSql.BY_MODEL, scope, SpendRows::model);
    }

    @Override
    public List<SpendSlice> byProvider(WedgeScope scope) {
        return map(SpendSql.BY_PROVIDER, scope, SpendRows::slice);
    }

    @Override
    public List<SpendSlice> byKey(WedgeScope scope) {
        return map(SpendSql.BY_KEY, scope, SpendRows::slice);
    }

    @Override
    public List<SpendSlice> byTag(WedgeScope scope) {
        return map(SpendSql.BY_TAG, scope, SpendRows::slice);
    }

    @Override
    public List<DailySpend> byDay(WedgeScope scope) {
        return map(SpendSql.BY_DAY, scope, SpendRows::day);
    }

    @Override
    public List<TopSpender> topSpenders(WedgeScope scope, int limit) {
        return map(SpendSql.TOP_SPENDERS, scope, SpendRows::topSpender, positive(limit));
    }

    @Override
    public DuplicateSpend exactDuplicates(WedgeScope scope, int examples) {
        // The examples' texts are joined back over the same scope: its parameters come again after the limit.
        return SpendRows.duplicates(run(SpendSql.EXACT_DUPLICATES, scope, positive(examples), scope.tenantId(),
                scope.from().toString(), scope.to().toString()));
    }

    @Override
    public List<UnpricedModel> unpricedModels(WedgeScope scope) {
        return map(SpendSql.UNPRICED_MODELS, scope, SpendRows::unpriced);
    }

    private <T> List<T> map(String template, WedgeScope scope, Function<List<String>, T> row, Object... more) {
        return run(template, scope, more).stream().map(row).toList();
    }

    private List<List<String>> run(String template, WedgeScope scope, Object... more) {
        List<Object> parameters = new ArrayList<>(List.of(scope.tenantId(), scope.from().toString(),
                scope.to().toString()));
        parameters.addAll(List.of(more));
        return engine.rows(engine.dialect().render(template, engine.location()), parameters);
    }

    private static int positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        return limit;
    }
}
