package com.netra.apex.core.wedge.store;

import com.netra.apex.core.wedge.LogRow;
import java.util.function.Consumer;

/** Port: a tenant's stored rows read back in time order, so the waste analyzers can run over stored days. */
public interface LogScan {

    /** Every stored row of the scope's tenant and days, oldest first (then by row id). */
    void scan(WedgeScope scope, Consumer<LogRow> rows);
}
