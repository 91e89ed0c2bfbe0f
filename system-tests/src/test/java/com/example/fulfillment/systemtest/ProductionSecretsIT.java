package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged shipping-service, started as production starts it (the prod profile) without its secrets, or with
 * the placeholders of deploy/k8s/services.yaml: it must refuse to start and name each secret. Its database and
 * broker are the test run's own; it migrates nothing (Flyway off) and stops before it serves.
 */
class ProductionSecretsIT {

    private static final List<String> SECRETS = List.of("quarkus.datasource.password",
            "shipping.webhooks.easypost.secret", "shipping.webhooks.aftership.secret", "shipping.webhooks.shippo.token",
            "shipping.webhooks.carriers.dhl.secret", "shipping.webhooks.carriers.ups.secret",
            "shipping.webhooks.carriers.courier.secret");

    @Test
    void withoutItsSecretsTheServiceRefusesToStartAndNamesEach() throws Exception {
        String output = start(Map.of());

        for (String secret : SECRETS) {
            assertTrue(output.contains(secret + " is not set"), secret + " not named in:\n" + tail(output));
        }
        assertTrue(output.contains("refusing to start in the prod profile"), tail(output));
    }

    @Test
    void withTheKubernetesPlaceholdersTheServiceRefusesToStart() throws Exception {
        String output = start(Map.of("DB_PASSWORD", "real-enough",
                "SHIPPING_WEBHOOKS_EASYPOST_SECRET", "replace-with-the-easypost-webhook-secret",
                "SHIPPING_WEBHOOKS_AFTERSHIP_SECRET", "replace-with-the-aftership-webhook-secret",
                "SHIPPING_WEBHOOKS_SHIPPO_TOKEN", "replace-with-the-token-in-the-shippo-webhook-url",
                "SHIPPING_WEBHOOKS_DHL_SECRET", "replace-with-dhls-webhook-secret",
                "SHIPPING_WEBHOOKS_UPS_SECRET", "replace-with-upss-webhook-secret",
                "SHIPPING_WEBHOOKS_COURIER_SECRET", "replace-with-the-couriers-webhook-secret"));

        assertTrue(output.contains("shipping.webhooks.easypost.secret is still a placeholder"), tail(output));
        assertTrue(output.contains("shipping.webhooks.carriers.dhl.secret is still a placeholder"), tail(output));
        assertTrue(!output.contains("quarkus.datasource.password is"), "a real password passes: " + tail(output));
    }

    /** Runs the jar to its end (it must end by itself) and returns what it printed. */
    private static String start(Map<String, String> environment) throws IOException, InterruptedException {
        Path app = RunningStack.REPO_ROOT.resolve("shipping-service/target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=0",
                "-Dquarkus.flyway.migrate-at-start=false", "-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SHIPPING_WEBHOOKS_")
                || name.equals("DB_PASSWORD"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the service kept running without its secrets:\n" + tail(output));
        assertNotEquals(0, process.exitValue(), tail(output));
        return output;
    }

    private static String tail(String output) {
        return output.length() <= 3000 ? output : output.substring(output.length() - 3000);
    }
}
