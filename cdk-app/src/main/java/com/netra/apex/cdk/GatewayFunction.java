package com.netra.apex.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.InvokeMode;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/** The streaming gateway Lambda behind the Lambda Web Adapter, its {@code live} alias and Function URL. */
public class GatewayFunction extends Construct {

    /** Alias that points at the current published version, so SnapStart applies to what URL callers hit. */
    public static final String ALIAS_NAME = "live";

    /** AWS account that publishes the Lambda Web Adapter layers. */
    static final String LWA_LAYER_ACCOUNT = "753240598075";

    private final Function function;
    private final Alias alias;
    private final FunctionUrl url;

    /** Creates the function from the prebuilt zip and grants it exactly what the gateway calls. */
    public GatewayFunction(Construct scope, String id, DataTables tables, ISecret secret,
                           GatewaySettings settings) {
        super(scope, id);
        ILayerVersion webAdapter = webAdapter(this, settings.lwaLayerVersion());

        this.function = Function.Builder.create(this, "Function")
                .description("Apex OpenAI/Anthropic-compatible optimizing gateway")
                .runtime(Runtime.JAVA_17_AL2023)
                // run.sh starts the HTTP app; /opt/bootstrap (the adapter) proxies invocations to it.
                .handler("run.sh")
                // A prebuilt zip, never CDK bundling: bundling needs Docker, which we do not have.
                .code(Code.fromAsset(settings.gatewayZip().toString()))
                .architecture(Architecture.X86_64)
                .memorySize(2048)
                .timeout(Duration.minutes(5))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .layers(List.of(webAdapter))
                .logGroup(LogGroup.Builder.create(this, "Logs")
                        // Bounded retention: gateway logs grow with traffic and are rarely read after a month.
                        .retention(RetentionDays.ONE_MONTH)
                        .build())
                .environment(Map.ofEntries(
                        Map.entry("AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap"),
                        Map.entry("AWS_LWA_INVOKE_MODE", "response_stream"),
                        Map.entry("AWS_LWA_PORT", "8080"),
                        Map.entry("AWS_LWA_READINESS_CHECK_PATH", "/health"),
                        Map.entry("APEX_PRIME", "true"),
                        Map.entry("APEX_KEYS_TABLE", tables.getKeys().getTableName()),
                        Map.entry("APEX_USAGE_TABLE", tables.getUsage().getTableName()),
                        Map.entry("APEX_TENANT_CREDENTIALS_TABLE", tables.getTenantCredentials().getTableName()),
                        Map.entry("APEX_ANSWERS_TABLE", tables.getAnswerCache().getTableName()),
                        Map.entry("APEX_SEMANTIC_INDEX_TABLE", tables.getSemanticIndex().getTableName()),
                        Map.entry("APEX_POLICIES_TABLE", tables.getPolicies().getTableName()),
                        Map.entry("APEX_METER_MODE", "direct"),
                        // The embedding model's tokenizer unpacks its native library; only /tmp is writable on Lambda.
                        Map.entry("DJL_CACHE_DIR", "/tmp/djl"),
                        Map.entry("APEX_SECRET_ID", secret.getSecretArn())))
                .build();

        // The warning says SnapStart needs a published version; the alias below publishes currentVersion.
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "the live alias points at the published currentVersion");

        this.alias = Alias.Builder.create(this, "Live")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
        this.url = alias.addFunctionUrl(FunctionUrlOptions.builder()
                // The gateway authenticates tenant API keys itself; IAM auth would break OpenAI clients.
                .authType(FunctionUrlAuthType.NONE)
                .invokeMode(InvokeMode.RESPONSE_STREAM)
                .build());

        grantLeastPrivilege(tables, secret);
    }

    /** The Lambda Web Adapter layer (x86_64) that runs an HTTP app's {@code run.sh} and proxies invocations to it. */
    static ILayerVersion webAdapter(Construct scope, int version) {
        // Fn::Sub resolves the region at deploy time, keeping the template environment-agnostic.
        return LayerVersion.fromLayerVersionArn(scope, "WebAdapter", Fn.sub(
                "arn:aws:lambda:${AWS::Region}:" + LWA_LAYER_ACCOUNT + ":layer:LambdaAdapterLayerX86:" + version));
    }

    // Explicit statements instead of table.grant*: those also grant every action on index/*,
    // while the gateway only queries the one byTenant index.
    private void grantLeastPrivilege(DataTables tables, ISecret secret) {
        String keysArn = tables.getKeys().getTableArn();
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                        "dynamodb:ConditionCheckItem", "dynamodb:Query"))
                .resources(List.of(keysArn))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:Query"))
                .resources(List.of(keysArn + "/index/" + DataTables.BY_TENANT_INDEX))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:Query"))
                .resources(List.of(tables.getUsage().getTableArn()))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:Query"))
                .resources(List.of(tables.getTenantCredentials().getTableArn()))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:GetItem", "dynamodb:PutItem"))
                .resources(List.of(tables.getAnswerCache().getTableArn()))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:BatchGetItem", "dynamodb:UpdateItem"))
                .resources(List.of(tables.getSemanticIndex().getTableArn()))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:GetItem"))
                .resources(List.of(tables.getPolicies().getTableArn()))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(secret.getSecretArn()))
                .build());
    }

    /** The Lambda function (unqualified). */
    public Function getFunction() {
        return function;
    }

    /** The {@code live} alias on the current published version. */
    public Alias getAlias() {
        return alias;
    }

    /** The streaming Function URL on the alias. */
    public FunctionUrl getUrl() {
        return url;
    }
}
