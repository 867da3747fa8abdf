package com.netra.apex.local.cli;

import com.netra.apex.local.LocalPlatform;
import com.netra.apex.local.PlatformState;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** `apex up`: runs the platform in this JVM until interrupted. */
final class UpCommand {

    private UpCommand() {
    }

    static void run(String[] args) throws InterruptedException {
        CliArgs cli = new CliArgs(args, Set.of());
        Path dataDir = cli.dataDir();
        int port = cli.intOption("port", 8080);
        if (PlatformState.ifRunning(dataDir).isPresent()) {
            throw new CliException("Apex is already running on " + dataDir + "; stop it first or use another --data-dir");
        }
        Map<String, Object> props = new HashMap<>();
        if (cli.has("config")) {
            Path config = Path.of(cli.required("config")).toAbsolutePath();
            if (!java.nio.file.Files.isReadable(config)) {
                throw new CliException("cannot read the config file " + config);
            }
            // Micronaut reads this system property when the environment starts (builder properties are too
            // late for it) and layers the operator's file over application.yml; environment variables still apply.
            System.setProperty("micronaut.config.files", config.toString());
        }
        long started = System.nanoTime();
        LocalPlatform platform = LocalPlatform.start(dataDir, port, props);
        new PlatformState(platform.url(), platform.dynamoDbEndpoint(), ProcessHandle.current().pid()).write(dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            PlatformState.clear(dataDir);
            platform.close();
            stopped.countDown();
        }, "apex-shutdown"));
        String url = "http://localhost:" + platform.url().getPort();
        System.out.printf("Apex is up in %d ms: %s (data in %s)%n", (System.nanoTime() - started) / 1_000_000, url, dataDir);
        System.out.println("  OpenAI-compatible:    " + url + "/v1/chat/completions, /v1/embeddings, /v1/models");
        System.out.println("  Anthropic-compatible: " + url + "/v1/messages");
        System.out.println("  Create a key:         ./apex keys create --tenant acme" + dataDirHint(cli));
        System.out.println("  Then point your SDK's base URL at " + url + "/v1 with that key. Ctrl-C stops.");
        stopped.await();
    }

    private static String dataDirHint(CliArgs cli) {
        return cli.has("data-dir") ? " --data-dir " + cli.option("data-dir", "") : "";
    }
}
