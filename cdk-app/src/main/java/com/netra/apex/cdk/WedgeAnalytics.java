package com.netra.apex.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.SqsDestination;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The Wedge on AWS: one bucket ({@code uploads/} in, {@code logs/} Parquet, {@code reports/} results,
 * {@code athena-results/}), upload notifications through SQS (with a dead-letter queue) to the ingest Lambda,
 * the per-tenant lease table, and the Glue/Athena catalog over {@code logs/}.
 */
public class WedgeAnalytics extends Construct {

    static final String UPLOADS = "uploads/";
    static final String LOGS = "logs/";
    static final String REPORTS = "reports/";
    static final Duration FUNCTION_TIMEOUT = Duration.minutes(15);
    /**
     * Receives before a message moves to the dead-letter queue. A busy tenant's upload also counts one each time
     * it comes back (after ~90 s, not the visibility timeout), so 20 lets it wait ~30 minutes, two whole
     * 15-minute ingestions ahead of it; a failing upload still reaches the dead-letter queue (after ~30 hours).
     */
    static final int MAX_RECEIVES = 20;

    private final Bucket bucket;
    private final Queue queue;
    private final Queue deadLetters;
    private final Table leases;
    private final Function function;
    private final WedgeCatalog catalog;

    public WedgeAnalytics(Construct scope, String id, WedgeSettings settings) {
        super(scope, id);
        this.bucket = Bucket.Builder.create(this, "Bucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .lifecycleRules(List.of(expire("uploads", UPLOADS), expire("athena-results", WedgeCatalog.RESULTS_PREFIX)))
                // Tenants' stored logs and reports outlive the stack.
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.deadLetters = Queue.Builder.create(this, "UploadsDeadLetters")
                .retentionPeriod(Duration.days(14)).encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true).build();
        this.queue = Queue.Builder.create(this, "Uploads")
                // AWS's rule for Lambda event sources: at least 6x the function timeout, so a message is not
                // redelivered while an invocation (with retries and batching window) may still be working on it.
                .visibilityTimeout(Duration.minutes(FUNCTION_TIMEOUT.toMinutes().intValue() * 6))
                .encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVES).build())
                .build();
        bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue),
                NotificationKeyFilter.builder().prefix(UPLOADS).build());
        this.leases = Table.Builder.create(this, "IngestLeases")
                .partitionKey(Attribute.builder().name("pk").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute("expiresAt")
                // A lease lives minutes; nothing to keep when the stack goes.
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.function = ingestFunction(settings);
        // No SnapStart: Lambda refuses it with more than 512 MB of /tmp, and an asynchronous ingestion of
        // minutes gains little from a faster cold start. Hence no published version or alias either.
        function.addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
                // One upload per invocation: each gets the whole 15 minutes and its own retry.
                .batchSize(1)
                .reportBatchItemFailures(true)
                .build()));
        grantLeastPrivilege();
        this.catalog = new WedgeCatalog(this, "Catalog", bucket, LOGS);
    }

    private Function ingestFunction(WedgeSettings settings) {
        Function f = Function.Builder.create(this, "Function")
                .description("Apex Wedge: ingests uploaded LLM logs into Parquet and writes a spend report")
                .runtime(Runtime.JAVA_17_AL2023)
                .handler("com.netra.apex.ingest.IngestHandler::handleRequest")
                // A prebuilt zip, never CDK bundling: bundling needs Docker, which we do not have.
                .code(Code.fromAsset(settings.ingestZip().toString()))
                .architecture(Architecture.X86_64) // the zip keeps only DuckDB's linux-x86_64 native
                .memorySize(3008)
                .timeout(FUNCTION_TIMEOUT)
                // The mirror of a tenant's Parquet days and DuckDB's spill files live in /tmp.
                .ephemeralStorageSize(Size.gibibytes(10))
                .logGroup(LogGroup.Builder.create(this, "Logs").retention(RetentionDays.ONE_MONTH).build())
                .environment(Map.of(
                        "APEX_WEDGE_BUCKET", bucket.getBucketName(),
                        "APEX_WEDGE_LEASES_TABLE", leases.getTableName(),
                        // A busy tenant's message is made visible again early (sqs:ChangeMessageVisibility on
                        // this queue, which the SQS event source already grants).
                        "APEX_WEDGE_QUEUE_URL", queue.getQueueUrl()))
                .build();
        return f;
    }

    // Explicit statements instead of bucket.grant*: those grant s3:*Object* style wildcards on the whole bucket.
    private void grantLeastPrivilege() {
        String objects = bucket.getBucketArn() + "/";
        function.addToRolePolicy(statement(List.of("s3:GetObject"), objects + UPLOADS + "*", objects + LOGS + "*"));
        function.addToRolePolicy(statement(List.of("s3:PutObject"), objects + LOGS + "*", objects + REPORTS + "*"));
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                // Lists only the Parquet partitions (to de-duplicate and mirror), never uploads or reports.
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(LOGS + "*"))))
                .build());
        function.addToRolePolicy(statement(List.of("dynamodb:PutItem", "dynamodb:DeleteItem"), leases.getTableArn()));
    }

    private static PolicyStatement statement(List<String> actions, String... resources) {
        return PolicyStatement.Builder.create().actions(actions).resources(List.of(resources)).build();
    }

    private static LifecycleRule expire(String id, String prefix) {
        return LifecycleRule.builder().id(id).prefix(prefix).expiration(Duration.days(7)).build();
    }

    public Bucket getBucket() {
        return bucket;
    }

    public Queue getQueue() {
        return queue;
    }

    public Queue getDeadLetters() {
        return deadLetters;
    }

    public Table getLeases() {
        return leases;
    }

    public Function getFunction() {
        return function;
    }

    public WedgeCatalog getCatalog() {
        return catalog;
    }
}
