package com.example.fulfillment.shipping.carrier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The local carrier platform's admin API (deploy/infra/CarrierPlatform.java): which URLs its webhooks go to, and
 * what a tracker's parcel will go through. It stands for the carrier's side of the world, never for our code.
 */
final class LocalPlatformAdmin {

    static final String BASE = "https://127.0.0.1:3027";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(CarrierPlatformTrust.context(Path.of("../.run/carrier/tls/truststore.p12"),
                    "local-carrier-platform".toCharArray()))
            .build();

    void addWebhook(String url) {
        send("POST", "/admin/webhooks", "{\"url\":\"" + url + "\"}");
    }

    void removeWebhook(String url) {
        send("DELETE", "/admin/webhooks", "{\"url\":\"" + url + "\"}");
    }

    void scenario(String trackerId, String scenario) {
        send("POST", "/admin/trackers/" + trackerId + "/scenario", "{\"scenario\":\"" + scenario + "\"}");
    }

    String tracker(String trackerId) {
        return send("GET", "/v2/trackers/" + trackerId, null);
    }

    private String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer local-easypost-key").header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("the local carrier platform (deploy/infra.sh start) did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
