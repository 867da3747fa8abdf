package com.netra.apex.core.wedge.store;

import com.netra.apex.core.wedge.LogRow;
import java.util.Iterator;

/** Where a tenant's normalized log rows are kept for analysis, partitioned by tenant and day. */
public interface LogStore {

    /**
     * Stores {@code rows} for {@code tenantId}, each priced at ingestion (see {@link RowCost}).
     *
     * <p>A row whose rowId is already stored for the same tenant and day, or repeats earlier in the same
     * call, is skipped: re-ingesting a file never counts a call twice.
     *
     * @return how many rows were newly stored
     * @throws IllegalArgumentException if a row names another tenant
     */
    long append(String tenantId, Iterator<LogRow> rows);
}
