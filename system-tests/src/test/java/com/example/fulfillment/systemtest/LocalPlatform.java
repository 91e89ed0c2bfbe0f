package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The local carrier platform of deploy/infra.sh as the system tests reach it: the settings that point a
 * shipping-service at it, and its admin API, to which URLs it posts its signed tracker.updated webhooks.
 */
final class LocalPlatform {

    static final String URL = "https://127.0.0.1:3027";
    static final Path TRUST_STORE = RunningStack.REPO_ROOT.resolve(".run/carrier/tls/truststore.p12");
    static final String TRUST_STORE_PASSWORD = "local-carrier-platform";
    static final String WEBHOOK_SECRET = "local-easypost-secret";

    /** TLS that trusts the platform's self-signed certificate (deploy/lib/carrier.sh makes it). */
    static final SSLContext TLS = trusting(TRUST_STORE);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(TLS).build();

    private LocalPlatform() {
    }

    /** shipping-service's settings for labels bought from the local platform, as a user sets them for EasyPost. */
    static Map<String, String> shippingSettings() {
        return Map.of("fulfillment.shipping.labels-from", "CARRIER_PLATFORM",
                "shipping.carrier-platform.url", URL,
                "shipping.carrier-platform.api-key", "local-easypost-key",
                "shipping.carrier-platform.trust-store", TRUST_STORE.toString(),
                "shipping.carrier-platform.trust-store-password", TRUST_STORE_PASSWORD,
                "shipping.webhooks.easypost.secret", WEBHOOK_SECRET);
    }

    static void addWebhook(String url) throws IOException, InterruptedException {
        admin("POST", url);
    }

    static void removeWebhook(String url) throws IOException, InterruptedException {
        admin("DELETE", url);
    }

    private static void admin(String method, String webhookUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/admin/webhooks"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer local-easypost-key")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"url\":\"" + webhookUrl + "\"}")).build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " /admin/webhooks answered " + answer.statusCode() + ": "
                    + answer.body());
        }
    }

    private static SSLContext trusting(Path trustStore) {
        try (var in = java.nio.file.Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TRUST_STORE_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the local carrier platform's trust store " + trustStore
                    + " (deploy/infra.sh start makes it) cannot be read", e);
        }
    }
}
