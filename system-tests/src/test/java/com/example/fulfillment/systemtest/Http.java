package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP as a client of the platform meets it during an outage: with timeouts (a frozen service accepts the
 * connection and never answers), and answers read whatever their status, so that the caller decides what a 503,
 * a refused connection or a timeout means to it. Unlike RestAssured's static set-up, safe from many threads.
 * Every request is sent as one of the demo identities.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final Duration answerTimeout;
    private final Identity as;

    /**
     * answerTimeout: how long a request waits for its answer before it counts as unanswered; as: whose access
     * token every request carries.
     */
    Http(Duration answerTimeout, Identity as) {
        this.answerTimeout = answerTimeout;
        this.as = as;
    }

    /** An answer: its status, its body, and the seconds of its Retry-After header, if it has one. */
    record Answer(int status, String body, OptionalLong retryAfterSeconds) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + body.substring(0, Math.min(300, body.length()));
        }
    }

    Answer get(String url) throws IOException, InterruptedException {
        return send(request(url).GET().build());
    }

    Answer put(String url, String json) throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POSTs a JSON body; headers: name, value, name, value... */
    Answer post(String url, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(answerTimeout).header("Accept", "application/json")
                .header("Authorization", "Bearer " + as.token());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        OptionalLong retryAfter = response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d+"))
                .map(value -> OptionalLong.of(Long.parseLong(value.strip()))).orElse(OptionalLong.empty());
        return new Answer(response.statusCode(), response.body(), retryAfter);
    }
}
