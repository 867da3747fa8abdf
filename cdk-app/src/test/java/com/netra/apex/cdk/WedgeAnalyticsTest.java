package com.netra.apex.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netra.apex.core.wedge.sql.LogTable;
import com.netra.apex.core.wedge.sql.SqlDialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/** The Wedge's AWS resources in the synthesized stack: bucket, queues, ingest function, IAM, Glue and Athena. */
class WedgeAnalyticsTest {

    @TempDir
    static Path tmp;
    static ApexStack stack;
    static WedgeAnalytics wedge;
    static Template template;

    @BeforeAll
    static void synth() throws IOException {
        Map<String, Object> context = new HashMap<>(new ObjectMapper().convertValue(
                new ObjectMapper().readTree(Path.of("cdk.json").toFile()).get("context"),
                new TypeReference<Map<String, Object>>() { }));
        context.put("gatewayZip", ApexStackTest.dummyZip(tmp.resolve("gateway.zip")).toString());
        context.put("ingestZip", ApexStackTest.dummyZip(tmp.resolve("ingest.zip")).toString());
        context.put("reportZip", ApexStackTest.dummyZip(tmp.resolve("report.zip")).toString());
        stack = ApexApp.createStack(new App(AppProps.builder().context(context).outdir(tmp.resolve("cdk.out").toString()).build()));
        wedge = stack.getWedge();
        template = Template.fromStack(stack);
    }

    @Test
    void theBucketIsPrivateEncryptedTlsOnlyAndExpiresUploadsAndQueryResults() {
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                                "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                        "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                                Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                        "LifecycleConfiguration", Map.of("Rules", List.of(
                                Map.of("Id", "uploads", "Prefix", "uploads/", "ExpirationInDays", 7, "Status", "Enabled"),
                                Map.of("Id", "athena-results", "Prefix", "athena-results/", "ExpirationInDays", 7,
                                        "Status", "Enabled"))))))));
        template.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void uploadsNotifyTheQueueWhichFeedsTheIngestFunctionOneAtATime() {
        template.hasResourceProperties("Custom::S3BucketNotifications", Match.objectLike(Map.of(
                "NotificationConfiguration", Map.of("QueueConfigurations", List.of(Match.objectLike(Map.of(
                        "Events", List.of("s3:ObjectCreated:*"),
                        "Filter", Map.of("Key", Map.of("FilterRules", List.of(Map.of("Name", "prefix", "Value", "uploads/")))),
                        "QueueArn", Map.of("Fn::GetAtt", List.of(logicalId(wedge.getQueue()), "Arn")))))))));
        template.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "VisibilityTimeout", 5400, // 6 x the 900 s function timeout
                "RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(logicalId(wedge.getDeadLetters()), "Arn")),
                        "maxReceiveCount", 20))));
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "BatchSize", 1,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(logicalId(wedge.getQueue()), "Arn")),
                "FunctionName", Map.of("Ref", logicalId(wedge.getFunction())))));
    }

    @Test
    void theIngestFunctionIsJava17WithBigMemoryAndTmp() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java17.al2023",
                "Handler", "com.netra.apex.ingest.IngestHandler::handleRequest",
                "MemorySize", 3008,
                "Timeout", 900,
                "EphemeralStorage", Map.of("Size", 10240),
                "Environment", Map.of("Variables", Map.of(
                        "APEX_WEDGE_BUCKET", Map.of("Ref", logicalId(wedge.getBucket())),
                        "APEX_WEDGE_LEASES_TABLE", Map.of("Ref", logicalId(wedge.getLeases())),
                        "APEX_WEDGE_QUEUE_URL", Map.of("Ref", logicalId(wedge.getQueue())))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIngestRoleGetsExactlyItsObjectsListingAndLease() {
        Object bucketArn = Map.of("Fn::GetAtt", List.of(logicalId(wedge.getBucket()), "Arn"));
        Object leases = Map.of("Fn::GetAtt", List.of(logicalId(wedge.getLeases()), "Arn"));
        Object queue = Map.of("Fn::GetAtt", List.of(logicalId(wedge.getQueue()), "Arn"));
        List<List<Object>> pairs = new ArrayList<>();
        Object role = Map.of("Ref", logicalId(wedge.getFunction().getRole()));
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
            if (((List<Object>) properties.get("Roles")).contains(role)) {
                for (Map<String, Object> s : (List<Map<String, Object>>) ((Map<String, Object>) properties.get("PolicyDocument")).get("Statement")) {
                    for (Object action : s.get("Action") instanceof List<?> l ? l : List.of(s.get("Action"))) {
                        for (Object resource : s.get("Resource") instanceof List<?> l ? l : List.of(s.get("Resource"))) {
                            pairs.add(List.of(action, resource, s.getOrDefault("Condition", Map.of())));
                        }
                    }
                }
            }
        }
        assertThat(pairs).containsExactlyInAnyOrder(
                List.of("s3:GetObject", objects(bucketArn, "uploads/*"), Map.of()),
                List.of("s3:GetObject", objects(bucketArn, "logs/*"), Map.of()),
                List.of("s3:PutObject", objects(bucketArn, "logs/*"), Map.of()),
                List.of("s3:PutObject", objects(bucketArn, "reports/*"), Map.of()),
                List.of("s3:ListBucket", bucketArn, Map.of("StringLike", Map.of("s3:prefix", List.of("logs/*")))),
                List.of("dynamodb:PutItem", leases, Map.of()), List.of("dynamodb:DeleteItem", leases, Map.of()),
                // from the SQS event source: consuming its own queue, and (ChangeMessageVisibility) returning a
                // busy tenant's message early
                List.of("sqs:ReceiveMessage", queue, Map.of()), List.of("sqs:ChangeMessageVisibility", queue, Map.of()),
                List.of("sqs:GetQueueUrl", queue, Map.of()), List.of("sqs:DeleteMessage", queue, Map.of()),
                List.of("sqs:GetQueueAttributes", queue, Map.of()));
    }

    @Test
    void theGlueTableProjectsTenantAndDayPartitionsOverTheParquet() {
        List<Object> columns = LogTable.COLUMNS.stream().map(c -> (Object) Map.of("Name", c.name(), "Type", c.hiveType())).toList();
        Object location = Map.of("Fn::Join", List.of("", List.of("s3://", Map.of("Ref", logicalId(wedge.getBucket())), "/logs/")));
        template.hasResourceProperties("AWS::Glue::Table", Match.objectLike(Map.of(
                "DatabaseName", "apex_wedge",
                "TableInput", Match.objectLike(Map.of(
                        "Name", "logs",
                        "TableType", "EXTERNAL_TABLE",
                        "PartitionKeys", List.of(Map.of("Name", "tenant", "Type", "string"), Map.of("Name", "date", "Type", "string")),
                        "Parameters", Match.objectLike(Map.of(
                                "projection.enabled", "true",
                                "projection.tenant.type", "injected",
                                "projection.date.type", "date",
                                "projection.date.format", "yyyy-MM-dd",
                                "projection.date.range", "2020-01-01,NOW",
                                "storage.location.template", Map.of("Fn::Join", List.of("", List.of("s3://",
                                        Map.of("Ref", logicalId(wedge.getBucket())), "/logs/tenant=${tenant}/date=${date}/"))))),
                        "StorageDescriptor", Match.objectLike(Map.of(
                                "Location", location,
                                "Columns", columns,
                                "SerdeInfo", Map.of("SerializationLibrary",
                                        "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"))))))));
        assertThat(WedgeCatalog.DATABASE + "." + WedgeCatalog.TABLE).isEqualTo(SqlDialect.ATHENA_TABLE);
    }

    @Test
    void theAthenaWorkgroupEnforcesResultsInTheBucket() {
        template.hasResourceProperties("AWS::Athena::WorkGroup", Match.objectLike(Map.of(
                "Name", "apex-wedge",
                "WorkGroupConfiguration", Match.objectLike(Map.of(
                        "EnforceWorkGroupConfiguration", true,
                        "EngineVersion", Map.of("SelectedEngineVersion", "Athena engine version 3"),
                        "ResultConfiguration", Map.of(
                                "OutputLocation", Map.of("Fn::Join", List.of("", List.of("s3://",
                                        Map.of("Ref", logicalId(wedge.getBucket())), "/athena-results/"))),
                                "EncryptionConfiguration", Map.of("EncryptionOption", "SSE_S3")))))));
    }

    private static Object objects(Object bucketArn, String pattern) {
        return Map.of("Fn::Join", List.of("", List.of(bucketArn, "/" + pattern)));
    }

    private static String logicalId(IConstruct construct) {
        return stack.resolve(((CfnElement) construct.getNode().getDefaultChild()).getLogicalId()).toString();
    }
}
