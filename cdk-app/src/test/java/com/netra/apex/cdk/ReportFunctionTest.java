package com.netra.apex.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/** The report API's function in the synthesized stack: the web adapter app, its URL, environment and exact IAM. */
class ReportFunctionTest {

    @TempDir
    static Path tmp;
    static ApexStack stack;
    static Template template;

    @BeforeAll
    static void synth() throws IOException {
        stack = ApexApp.createStack(ApexStackTest.app(Map.of(
                "gatewayZip", ApexStackTest.dummyZip(tmp.resolve("gateway.zip")).toString(),
                "ingestZip", ApexStackTest.dummyZip(tmp.resolve("ingest.zip")).toString(),
                "reportZip", ApexStackTest.dummyZip(tmp.resolve("report.zip")).toString()), tmp));
        template = Template.fromStack(stack);
    }

    @Test
    void theReportAppRunsBehindTheWebAdapterWithTheWedgesSettings() {
        WedgeAnalytics wedge = stack.getWedge();
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java17.al2023",
                "Handler", "run.sh",
                "Architectures", List.of("x86_64"),
                "MemorySize", 2048,
                "Timeout", 300,
                "EphemeralStorage", Map.of("Size", 2048),
                "Layers", List.of(Map.of("Fn::Sub", "arn:aws:lambda:${AWS::Region}:753240598075:layer:LambdaAdapterLayerX86:25")),
                "Environment", Map.of("Variables", Map.ofEntries(
                        Map.entry("AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap"),
                        Map.entry("AWS_LWA_PORT", "8080"),
                        Map.entry("AWS_LWA_READINESS_CHECK_PATH", "/health"),
                        Map.entry("APEX_KEYS_TABLE", ref(stack.getTables().getKeys())),
                        Map.entry("APEX_TENANT_CREDENTIALS_TABLE", ref(stack.getTables().getTenantCredentials())),
                        Map.entry("APEX_SECRET_ID", ref(stack.getSecret())),
                        Map.entry("APEX_WEDGE_BUCKET", ref(wedge.getBucket())),
                        Map.entry("APEX_WEDGE_CACHE", "/tmp/wedge/logs"),
                        Map.entry("APEX_WEDGE_ATHENA_WORKGROUP", "apex-wedge"),
                        Map.entry("APEX_WEDGE_ATHENA_TABLE", "apex_wedge.logs"),
                        Map.entry("APEX_WEDGE_ATHENA_TIMEOUT", "60s"))))));
        assertThat(stack.getReport().getFunction().getNode().getDependencies())
                .contains(wedge.getCatalog().getWorkgroup());
    }

    @Test
    void theUrlIsPublicBecauseTheAppChecksApiKeysAndItIsAnOutput() {
        template.hasResourceProperties("AWS::Lambda::Url", Match.objectLike(Map.of(
                "AuthType", "NONE",
                "InvokeMode", "BUFFERED",
                "TargetFunctionArn", Map.of("Fn::GetAtt", List.of(logicalId(stack.getReport().getFunction()), "Arn")))));
        template.hasOutput("ReportUrl", Match.objectLike(Map.of("Value",
                Map.of("Fn::GetAtt", List.of(logicalId(stack.getReport().getUrl()), "FunctionUrl")))));
    }

    @Test
    void theRoleGetsExactlyAthenaGlueItsPrefixesTheKeysAndTheSecret() {
        Object bucketArn = Map.of("Fn::GetAtt", List.of(logicalId(stack.getWedge().getBucket()), "Arn"));
        String account = "arn:${AWS::Partition}:%s:${AWS::Region}:${AWS::AccountId}:%s";
        Object workgroup = Map.of("Fn::Sub", account.formatted("athena", "workgroup/apex-wedge"));
        Object keys = Map.of("Fn::GetAtt", List.of(logicalId(stack.getTables().getKeys()), "Arn"));
        Object credentials = Map.of("Fn::GetAtt", List.of(logicalId(stack.getTables().getTenantCredentials()), "Arn"));
        List<List<Object>> expected = new ArrayList<>();
        for (String action : List.of("StartQueryExecution", "GetQueryExecution", "GetQueryResults", "StopQueryExecution")) {
            expected.add(List.of("athena:" + action, workgroup, Map.of()));
        }
        for (String action : List.of("GetDatabase", "GetTable", "GetPartitions")) {
            for (String resource : List.of("catalog", "database/apex_wedge", "table/apex_wedge/logs")) {
                expected.add(List.of("glue:" + action, Map.of("Fn::Sub", account.formatted("glue", resource)), Map.of()));
            }
        }
        expected.addAll(List.of(
                List.of("s3:GetObject", objects(bucketArn, "logs/*"), Map.of()),
                List.of("s3:GetObject", objects(bucketArn, "athena-results/*"), Map.of()),
                List.of("s3:PutObject", objects(bucketArn, "athena-results/*"), Map.of()),
                List.of("s3:AbortMultipartUpload", objects(bucketArn, "athena-results/*"), Map.of()),
                List.of("s3:ListMultipartUploadParts", objects(bucketArn, "athena-results/*"), Map.of()),
                List.of("s3:GetBucketLocation", bucketArn, Map.of()),
                List.of("s3:ListBucketMultipartUploads", bucketArn, Map.of()),
                List.of("s3:ListBucket", bucketArn, Map.of("StringLike", Map.of("s3:prefix",
                        List.of("logs/*", "athena-results/*")))),
                List.of("s3:PutObject", objects(bucketArn, "uploads/*"), Map.of()),
                List.of("dynamodb:GetItem", keys, Map.of()),
                List.of("dynamodb:Query", credentials, Map.of()),
                List.of("secretsmanager:GetSecretValue", ref(stack.getSecret()), Map.of())));

        assertThat(RolePolicies.pairs(template, Map.of("Ref", logicalId(stack.getReport().getFunction().getRole()))))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Object objects(Object bucketArn, String pattern) {
        return Map.of("Fn::Join", List.of("", List.of(bucketArn, "/" + pattern)));
    }

    private static Object ref(IConstruct construct) {
        return Map.of("Ref", logicalId(construct));
    }

    private static String logicalId(IConstruct construct) {
        return stack.resolve(((CfnElement) construct.getNode().getDefaultChild()).getLogicalId()).toString();
    }
}
