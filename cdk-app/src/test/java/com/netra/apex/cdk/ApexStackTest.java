package com.netra.apex.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Table;
import software.constructs.IConstruct;

/** Synthesizes the Apex stack offline (against a dummy gateway zip) and checks the template. */
class ApexStackTest {

    @TempDir
    static Path tmp;

    static Path zip;
    static Path ingestZip;
    static ApexStack stack;
    static Template template;

    @BeforeAll
    static void synth() throws IOException {
        zip = dummyZip(tmp.resolve("gateway.zip"));
        ingestZip = dummyZip(tmp.resolve("ingest.zip"));
        stack = ApexApp.createStack(app(Map.of("gatewayZip", zip.toString(), "ingestZip", ingestZip.toString(),
                "reportZip", dummyZip(tmp.resolve("report.zip")).toString())));
        template = Template.fromStack(stack);
    }

    @Test
    void gatewayFunctionRunsJava17Al2023WithSnapStartAndWebAdapter() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java17.al2023",
                "Handler", "run.sh",
                "Architectures", List.of("x86_64"),
                "MemorySize", 2048,
                "Timeout", 300,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Layers", List.of(Map.of("Fn::Sub",
                        "arn:aws:lambda:${AWS::Region}:753240598075:layer:LambdaAdapterLayerX86:25")))));
    }

    @Test
    void gatewayEnvironmentWiresAdapterTablesAndSecret() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Map.of(
                        "AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap",
                        "AWS_LWA_INVOKE_MODE", "response_stream",
                        "AWS_LWA_PORT", "8080",
                        "AWS_LWA_READINESS_CHECK_PATH", "/health",
                        "APEX_PRIME", "true",
                        "APEX_KEYS_TABLE", ref(stack.getTables().getKeys()),
                        "APEX_USAGE_TABLE", ref(stack.getTables().getUsage()),
                        "APEX_TENANT_CREDENTIALS_TABLE", ref(stack.getTables().getTenantCredentials()),
                        "APEX_METER_MODE", "direct",
                        "APEX_SECRET_ID", ref(stack.getSecret()))))));
    }

    @Test
    void liveAliasServesAStreamingUnauthenticatedUrl() {
        template.resourceCountIs("AWS::Lambda::Version", 1);
        template.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "live")));
        template.hasResourceProperties("AWS::Lambda::Url", Match.objectLike(Map.of(
                "AuthType", "NONE",
                "InvokeMode", "RESPONSE_STREAM",
                "Qualifier", "live",
                "TargetFunctionArn", Map.of("Fn::GetAtt",
                        List.of(logicalId(stack.getGateway().getFunction()), "Arn")))));
        template.hasOutput("GatewayUrl", Match.objectLike(Map.of("Value",
                Map.of("Fn::GetAtt", List.of(logicalId(stack.getGateway().getUrl()), "FunctionUrl")))));
    }

    @Test
    void keysTableHasKeyIdAndByTenantIndex() {
        template.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "KeySchema", List.of(Map.of("AttributeName", "keyId", "KeyType", "HASH")),
                        "BillingMode", "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                        "GlobalSecondaryIndexes", List.of(Map.of(
                                "IndexName", "byTenant",
                                "KeySchema", List.of(
                                        Map.of("AttributeName", "tenantId", "KeyType", "HASH"),
                                        Map.of("AttributeName", "createdAt", "KeyType", "RANGE")),
                                "Projection", Map.of("ProjectionType", "ALL"))))))));
    }

    @Test
    void usageTableHasPkAndSk() {
        template.resourceCountIs("AWS::DynamoDB::Table", 7); // the gateway's 6 and the Wedge's ingest leases
        template.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "KeySchema", List.of(
                                Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                        "AttributeDefinitions", List.of(
                                Map.of("AttributeName", "pk", "AttributeType", "S"),
                                Map.of("AttributeName", "sk", "AttributeType", "S")),
                        "BillingMode", "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))))));
    }

    @Test
    void cacheTablesExpireByTtlAndAreNotKeptWhenTheStackGoes() {
        Map<String, Map<String, Object>> caches = template.findResources("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Delete",
                "Properties", Match.objectLike(Map.of(
                        "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true))))));
        assertThat(caches).hasSize(3); // the answer cache, the semantic index and the Wedge's ingest leases
    }

    @Test
    void gatewayKnowsTheOptimizationTables() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "APEX_ANSWERS_TABLE", Match.anyValue(),
                        "APEX_SEMANTIC_INDEX_TABLE", Match.anyValue(),
                        "APEX_POLICIES_TABLE", Match.anyValue()))))));
    }

    @Test
    void tenantCredentialsTableIsKeyedByTenantThenProvider() {
        template.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "KeySchema", List.of(
                                Map.of("AttributeName", "tenantId", "KeyType", "HASH"),
                                Map.of("AttributeName", "provider", "KeyType", "RANGE")),
                        "BillingMode", "PAY_PER_REQUEST")))));
    }

    @Test
    void secretGeneratesHashingKeyAndHoldsNoProviderKeyValues() {
        template.hasResource("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "Name", "apex/gateway",
                        "GenerateSecretString", Match.objectLike(Map.of(
                                "GenerateStringKey", "keyHashingSecret",
                                "PasswordLength", 64,
                                "SecretStringTemplate", "{\"OPENAI_API_KEY\":\"\",\"ANTHROPIC_API_KEY\":\"\","
                                        + "\"AZURE_OPENAI_API_KEY\":\"\"}")))))));
    }

    @Test
    void noPolicyStatementUsesWildcardActions() {
        List<Object> actions = new ArrayList<>();
        collectActions(template.toJSON(), actions);
        assertThat(actions).isNotEmpty().doesNotContain("*", "dynamodb:*", "secretsmanager:*");
        assertThat(actions).allSatisfy(a -> assertThat(a).isInstanceOf(String.class)
                .asString().doesNotEndWith(":*"));
    }

    @Test
    void roleGetsExactlyTheGatewayDataActions() {
        Object keys = getAtt(stack.getTables().getKeys(), "Arn");
        Object byTenant = Map.of("Fn::Join", List.of("", List.of(keys, "/index/byTenant")));
        Object usage = getAtt(stack.getTables().getUsage(), "Arn");
        Object answers = getAtt(stack.getTables().getAnswerCache(), "Arn");
        Object index = getAtt(stack.getTables().getSemanticIndex(), "Arn");
        // Compared as (action, resource) pairs: CDK may sort or merge statements (minimizePolicies).
        assertThat(grantedPairs()).containsExactlyInAnyOrder(
                List.of("dynamodb:GetItem", keys), List.of("dynamodb:PutItem", keys),
                List.of("dynamodb:UpdateItem", keys), List.of("dynamodb:ConditionCheckItem", keys),
                List.of("dynamodb:Query", keys), List.of("dynamodb:Query", byTenant),
                List.of("dynamodb:PutItem", usage), List.of("dynamodb:BatchWriteItem", usage),
                List.of("dynamodb:Query", usage),
                List.of("dynamodb:Query", getAtt(stack.getTables().getTenantCredentials(), "Arn")),
                List.of("dynamodb:GetItem", answers), List.of("dynamodb:PutItem", answers),
                List.of("dynamodb:BatchGetItem", index), List.of("dynamodb:UpdateItem", index),
                List.of("dynamodb:GetItem", getAtt(stack.getTables().getPolicies(), "Arn")),
                List.of("secretsmanager:GetSecretValue", ref(stack.getSecret())));
    }

    @Test
    void lwaLayerVersionComesFromContextAndMissingZipIsReported() throws IOException {
        Template custom = Template.fromStack(ApexApp.createStack(
                app(Map.of("gatewayZip", zip.toString(), "lwaLayerVersion", "27", "ingestZip", ingestZip.toString(),
                        "reportZip", dummyZip(tmp.resolve("report.zip")).toString()))));
        custom.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Layers", List.of(Map.of("Fn::Sub",
                        "arn:aws:lambda:${AWS::Region}:753240598075:layer:LambdaAdapterLayerX86:27")))));
        App missingZip = app(Map.of("gatewayZip", tmp.resolve("nope.zip").toString(), "ingestZip", ingestZip.toString()));
        assertThatThrownBy(() -> ApexApp.createStack(missingZip))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gateway zip not found");
        App missingReport = app(Map.of("gatewayZip", zip.toString(), "ingestZip", ingestZip.toString(),
                "reportZip", tmp.resolve("nope.zip").toString()));
        assertThatThrownBy(() -> ApexApp.createStack(missingReport))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Report zip not found")
                .hasMessageContaining("-c reportZip=PATH");
    }

    // Same feature flags as the CLI run: flags change synthesized output (e.g. version hashes).
    static App app(Map<String, Object> context) throws IOException {
        return app(context, tmp);
    }

    static App app(Map<String, Object> context, Path tmp) throws IOException {
        Map<String, Object> merged = new HashMap<>(new ObjectMapper().convertValue(
                new ObjectMapper().readTree(Path.of("cdk.json").toFile()).get("context"),
                new TypeReference<Map<String, Object>>() { }));
        assertThat(merged).containsEntry("@aws-cdk/aws-lambda:recognizeLayerVersion", true);
        merged.putAll(context);
        // Own outdir under @TempDir so synth output is cleaned up with the test.
        Path outdir = Files.createTempDirectory(tmp, "cdk.out");
        return new App(AppProps.builder().context(merged).outdir(outdir.toString()).build());
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> grantedPairs() {
        List<List<Object>> pairs = new ArrayList<>();
        Object gatewayRole = ref(stack.getGateway().getFunction().getRole());
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
            if (!((List<Object>) properties.get("Roles")).contains(gatewayRole)) {
                continue; // the Wedge's roles are checked in WedgeAnalyticsTest
            }
            Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
            for (Map<String, Object> statement : (List<Map<String, Object>>) document.get("Statement")) {
                assertThat(statement).containsEntry("Effect", "Allow").doesNotContainKey("Condition");
                for (Object action : asList(statement.get("Action"))) {
                    for (Object resource : asList(statement.get("Resource"))) {
                        pairs.add(List.of(action, resource));
                    }
                }
            }
        }
        return pairs;
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    // Walks the whole template so inline role policies and managed policies are checked too.
    @SuppressWarnings("unchecked")
    private static void collectActions(Object node, List<Object> out) {
        if (node instanceof Map<?, ?> map) {
            Object statements = map.get("Statement");
            if (statements instanceof List<?> list) {
                for (Object s : list) {
                    if ("Deny".equals(((Map<String, Object>) s).get("Effect"))) {
                        continue; // enforceSSL denies every action over plain HTTP: a wildcard that takes away
                    }
                    Object action = ((Map<String, Object>) s).get("Action");
                    Object notAction = ((Map<String, Object>) s).get("NotAction");
                    assertThat(notAction).as("NotAction grants everything else").isNull();
                    if (action instanceof Collection<?> many) {
                        out.addAll(many);
                    } else {
                        out.add(action);
                    }
                }
            }
            map.values().forEach(v -> collectActions(v, out));
        } else if (node instanceof Collection<?> list) {
            list.forEach(v -> collectActions(v, out));
        }
    }

    static Map<String, Object> ref(IConstruct construct) {
        return Map.of("Ref", logicalId(construct));
    }

    private static Map<String, Object> getAtt(Table table, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId(table), attribute));
    }

    static String logicalId(IConstruct construct) {
        return stack.resolve(((CfnElement) construct.getNode().getDefaultChild()).getLogicalId()).toString();
    }

    static Path dummyZip(Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("run.sh"));
            out.write("#!/bin/sh\nexec java -cp 'lib/*' Main\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("lib/placeholder.jar"));
            out.closeEntry();
        }
        return target;
    }
}
