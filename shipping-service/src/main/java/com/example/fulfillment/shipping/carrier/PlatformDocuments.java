package com.example.fulfillment.shipping.carrier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import com.example.fulfillment.shipping.domain.CarrierPlatformRefused;

/**
 * Fetches the documents the platform links to (labels, manifests). EasyPost serves them from public file hosts
 * without the API key, so none is sent; they are verified with the same trust as the platform itself.
 */
final class PlatformDocuments {

    private final HttpClient http;
    private final Duration readTimeout;
    private final EasyPostRefusals refusals;

    PlatformDocuments(SSLContext tls, Duration connectTimeout, Duration readTimeout, EasyPostRefusals refusals) {
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.refusals = refusals;
    }

    byte[] fetch(String url, String what) {
        if (url == null || url.isBlank()) {
            throw new CarrierPlatformRefused("the carrier platform gave no document for " + what, null);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw refusals.unavailable("fetching " + what, "document host not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refusals.unavailable("fetching " + what, "interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429 || status == 408) {
            throw refusals.unavailable("fetching " + what, "document host answered " + status, null);
        }
        if (status != 200) {
            throw new CarrierPlatformRefused("fetching " + what + ": document host answered " + status, null);
        }
        return response.body();
    }
}
