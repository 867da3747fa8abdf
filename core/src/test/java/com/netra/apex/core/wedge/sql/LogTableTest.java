package com.netra.apex.core.wedge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTableTest {

    @Test
    void athenaDdlDeclaresEveryStoredColumnAndProjectsThePartitions() {
        String ddl = LogTable.athenaDdl(SqlDialect.ATHENA_TABLE, "s3://bucket/wedge");

        LogTable.COLUMNS.forEach(c -> assertThat(ddl).contains("`" + c.name() + "` " + c.hiveType()));
        assertThat(ddl).contains("`cost_usd` decimal(18,9)", "PARTITIONED BY (`tenant` string, `date` string)",
                "'projection.tenant.type' = 'injected'",
                "'storage.location.template' = 's3://bucket/wedge/tenant=${tenant}/date=${date}/'");
        assertThat(LogTable.COLUMNS).noneMatch(c -> LogTable.PARTITION_KEYS.contains(c.name()));
    }
}
