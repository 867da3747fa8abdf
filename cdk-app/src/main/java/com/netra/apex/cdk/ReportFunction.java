package com.netra.apex.cdk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.amazon.awscdk.services.lambda.InvokeMode;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The Wedge's report API ({@code /v1/wedge/*}) as a Lambda: the report app behind the Lambda Web Adapter, as
 * the gateway runs, with a Function URL. Spend SQL runs on Athena; findings read the tenant's Parquet from S3.
 */
public class ReportFunction extends Construct {

    static final String RESULTS = WedgeCatalog.RESULTS_PREFIX;

    private final Function function;
    private final FunctionUrl url;

    public ReportFunction(Construct scope, String id, DataTables tables, ISecret secret, WedgeAnalytics wedge,
                          Path zip, int lwaLayerVersion) {
        super(scope, id);
        this.function = Function.Builder.create(this, "Function")
                .description("Apex Wedge report API: tenant-scoped spend and waste reports, presigned upload URLs")
                .runtime(Runtime.JAVA_17_AL2023)
                .handler("run.sh")
                // A prebuilt zip, never CDK bundling: bundling needs Docker, which we do not have.
                .code(Code.fromAsset(zip.toString()))
                .architecture(Architecture.X86_64) // the zip keeps only DuckDB's linux-x86_64 native
                // The findings scan a month of a tenant's rows through the analyzers in memory.
                .memorySize(2048)
                // About ten Athena queries one after another, each polled for up to a minute, plus the scan.
                .timeout(Duration.minutes(5))
                // The mirror of the tenant's Parquet days for the findings. No SnapStart: a cold start of a
                // dashboard call is rare, and the mirror would not survive a snapshot anyway.
                .ephemeralStorageSize(Size.gibibytes(2))
                .layers(List.of(GatewayFunction.webAdapter(this, lwaLayerVersion)))
                .logGroup(LogGroup.Builder.create(this, "Logs").retention(RetentionDays.ONE_MONTH).build())
                .environment(Map.ofEntries(
                        Map.entry("AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap"),
                        Map.entry("AWS_LWA_PORT", "8080"),
                        Map.entry("AWS_LWA_READINESS_CHECK_PATH", "/health"),
                        Map.entry("APEX_KEYS_TABLE", tables.getKeys().getTableName()),
                        Map.entry("APEX_TENANT_CREDENTIALS_TABLE", tables.getTenantCredentials().getTableName()),
                        Map.entry("APEX_SECRET_ID", secret.getSecretArn()),
                        Map.entry("APEX_WEDGE_BUCKET", wedge.getBucket().getBucketName()),
                        Map.entry("APEX_WEDGE_CACHE", "/tmp/wedge/logs"),
                        Map.entry("APEX_WEDGE_ATHENA_WORKGROUP", WedgeCatalog.WORKGROUP),
                        Map.entry("APEX_WEDGE_ATHENA_TABLE", WedgeCatalog.DATABASE + "." + WedgeCatalog.TABLE),
                        Map.entry("APEX_WEDGE_ATHENA_TIMEOUT", "60s")))
                .build();
        // The workgroup must exist before the first query; the function only names it.
        function.getNode().addDependency(wedge.getCatalog().getWorkgroup());
        this.url = function.addFunctionUrl(FunctionUrlOptions.builder()
                // The app authenticates tenant API keys itself, as the gateway does.
                .authType(FunctionUrlAuthType.NONE)
                .invokeMode(InvokeMode.BUFFERED) // a report is one JSON or HTML document
                .build());
        grantLeastPrivilege(tables, secret, wedge);
    }

    private void grantLeastPrivilege(DataTables tables, ISecret secret, WedgeAnalytics wedge) {
        String bucketArn = wedge.getBucket().getBucketArn();
        String objects = bucketArn + "/";
        allow(List.of("athena:StartQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults",
                // AthenaSqlEngine stops a query that outlives its timeout, so it does not keep scanning.
                "athena:StopQueryExecution"), arn("athena", "workgroup/" + WedgeCatalog.WORKGROUP));
        allow(List.of("glue:GetDatabase", "glue:GetTable", "glue:GetPartitions"), arn("glue", "catalog"),
                arn("glue", "database/" + WedgeCatalog.DATABASE),
                arn("glue", "table/" + WedgeCatalog.DATABASE + "/" + WedgeCatalog.TABLE));
        // Athena reads the Parquet and writes results with the caller's permissions.
        allow(List.of("s3:GetObject"), objects + WedgeAnalytics.LOGS + "*");
        // Large results are written in parts: Athena's documented result-location actions, results prefix only.
        allow(List.of("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
                objects + RESULTS + "*");
        // Athena checks the results bucket's region before a query, and may list unfinished uploads.
        allow(List.of("s3:GetBucketLocation", "s3:ListBucketMultipartUploads"), bucketArn);
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucketArn))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(WedgeAnalytics.LOGS + "*", RESULTS + "*"))))
                .build());
        // A presigned URL carries the signer's permissions: uploads only, never logs/ or reports/.
        allow(List.of("s3:PutObject"), objects + WedgeAnalytics.UPLOADS + "*");
        // CallerAuth: the key by id, and the tenant's own provider keys (loaded with the principal).
        allow(List.of("dynamodb:GetItem"), tables.getKeys().getTableArn());
        allow(List.of("dynamodb:Query"), tables.getTenantCredentials().getTableArn());
        allow(List.of("secretsmanager:GetSecretValue"), secret.getSecretArn());
    }

    private void allow(List<String> actions, String... resources) {
        function.addToRolePolicy(PolicyStatement.Builder.create().actions(actions).resources(List.of(resources)).build());
    }

    private static String arn(String service, String resource) {
        return Fn.sub("arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:" + resource);
    }

    public Function getFunction() {
        return function;
    }

    /** The report API's Function URL (output {@code ReportUrl}). */
    public FunctionUrl getUrl() {
        return url;
    }
}
