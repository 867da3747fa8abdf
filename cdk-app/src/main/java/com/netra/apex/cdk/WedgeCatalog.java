package com.netra.apex.cdk;

import com.netra.apex.core.wedge.sql.LogTable;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.athena.CfnWorkGroup;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnTable;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * What Athena needs to read the Wedge's Parquet: the Glue database and table over {@code logs/} (columns from
 * {@link LogTable}, partitions by partition projection, so no crawler and no MSCK REPAIR) and a workgroup whose
 * results go to the bucket's {@code athena-results/}.
 */
public class WedgeCatalog extends Construct {

    /** The Glue database and table: {@code apex_wedge.logs}, what {@code SqlDialect.ATHENA_TABLE} names. */
    public static final String DATABASE = "apex_wedge";
    public static final String TABLE = "logs";
    public static final String WORKGROUP = "apex-wedge";
    static final String RESULTS_PREFIX = "athena-results/";

    private final CfnDatabase database;
    private final CfnTable table;
    private final CfnWorkGroup workgroup;

    public WedgeCatalog(Construct scope, String id, IBucket bucket, String logsPrefix) {
        super(scope, id);
        String location = "s3://" + bucket.getBucketName() + "/" + logsPrefix;
        this.database = CfnDatabase.Builder.create(this, "Database").catalogId(Aws.ACCOUNT_ID)
                .databaseInput(CfnDatabase.DatabaseInputProperty.builder().name(DATABASE)
                        .description("Netra Apex: the Wedge's LLM usage logs").build())
                .build();
        this.table = CfnTable.Builder.create(this, "Logs").catalogId(Aws.ACCOUNT_ID).databaseName(DATABASE)
                .tableInput(CfnTable.TableInputProperty.builder()
                        .name(TABLE)
                        .tableType("EXTERNAL_TABLE")
                        .parameters(projection(location))
                        .partitionKeys(List.of(column("tenant", "string"), column("date", "string")))
                        .storageDescriptor(CfnTable.StorageDescriptorProperty.builder()
                                .location(location)
                                .columns(LogTable.COLUMNS.stream().map(c -> column(c.name(), c.hiveType())).toList())
                                .inputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
                                .outputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat")
                                .serdeInfo(CfnTable.SerdeInfoProperty.builder()
                                        .serializationLibrary("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")
                                        .build())
                                .build())
                        .build())
                .build();
        table.addDependency(database);
        this.workgroup = CfnWorkGroup.Builder.create(this, "Workgroup").name(WORKGROUP)
                .description("Netra Apex: the Wedge's spend queries")
                // Lets the stack delete the workgroup even though queries have run in it.
                .recursiveDeleteOption(true)
                .workGroupConfiguration(CfnWorkGroup.WorkGroupConfigurationProperty.builder()
                        // Enforced: a caller cannot send results (tenants' spend) anywhere but our bucket.
                        .enforceWorkGroupConfiguration(true)
                        .publishCloudWatchMetricsEnabled(true)
                        .engineVersion(CfnWorkGroup.EngineVersionProperty.builder()
                                .selectedEngineVersion("Athena engine version 3").build())
                        .resultConfiguration(CfnWorkGroup.ResultConfigurationProperty.builder()
                                .outputLocation("s3://" + bucket.getBucketName() + "/" + RESULTS_PREFIX)
                                .encryptionConfiguration(CfnWorkGroup.EncryptionConfigurationProperty.builder()
                                        .encryptionOption("SSE_S3").build())
                                .build())
                        .build())
                .build();
    }

    /**
     * Partition projection, as in {@link LogTable#athenaDdl}: the tenant is injected (a query must name it, so
     * none can scan every tenant) and days are projected from 2020 to today.
     */
    private static Map<String, String> projection(String location) {
        return Map.of(
                "classification", "parquet",
                "projection.enabled", "true",
                "projection.tenant.type", "injected",
                "projection.date.type", "date",
                "projection.date.format", "yyyy-MM-dd",
                "projection.date.range", "2020-01-01,NOW",
                "projection.date.interval.unit", "DAYS",
                "storage.location.template", location + "tenant=${tenant}/date=${date}/");
    }

    private static CfnTable.ColumnProperty column(String name, String type) {
        return CfnTable.ColumnProperty.builder().name(name).type(type).build();
    }

    public CfnDatabase getDatabase() {
        return database;
    }

    public CfnTable getTable() {
        return table;
    }

    public CfnWorkGroup getWorkgroup() {
        return workgroup;
    }
}
