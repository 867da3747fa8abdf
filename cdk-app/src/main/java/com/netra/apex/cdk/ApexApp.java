package com.netra.apex.cdk;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/** Entry point of the CDK app: {@code npx aws-cdk@2 synth|deploy} runs this via cdk.json. */
public final class ApexApp {

    /** Name of the deployed CloudFormation stack. */
    public static final String STACK_NAME = "ApexStack";

    private ApexApp() {
    }

    /** Synthesizes the app; context keys: {@code gatewayZip}, {@code lwaLayerVersion}, {@code ingestZip}, {@code reportZip}. */
    public static void main(String[] args) {
        App app = new App();
        createStack(app);
        app.synth();
    }

    /** Reads the context of {@code app} and adds the Apex stack to it; shared with the tests. */
    public static ApexStack createStack(App app) {
        GatewaySettings settings = GatewaySettings.fromContext(
                app.getNode().tryGetContext("gatewayZip"),
                app.getNode().tryGetContext("lwaLayerVersion"));
        // Environment-agnostic on purpose: the layer ARN uses the AWS::Region pseudo parameter, so
        // synth needs no credentials and one template deploys to any region.
        WedgeSettings wedge = WedgeSettings.fromContext(app.getNode().tryGetContext("ingestZip"),
                app.getNode().tryGetContext("reportZip"));
        return new ApexStack(app, STACK_NAME, StackProps.builder()
                .description("Netra Apex: optimizing LLM gateway, API keys, usage records and spend analysis")
                .build(), settings, wedge);
    }
}
