package com.example.fulfillment.systemtest;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.HostileCases.Case;
import com.example.fulfillment.systemtest.RunningStack.Service;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every public endpoint of every service, as the services' own OpenAPI documents declare them, tried with hostile
 * input ({@link HostileCases}): each must be refused with a 4xx problem+json (naming the field where one is at
 * fault), never answered with a 5xx, and never with Java's or Jackson's internals. Prints how many cases it tried
 * and how many were answered as expected, then every one that was not.
 */
class HostileInputIT {

    private static final List<String> INTERNALS = List.of("com.fasterxml", "java.lang", "java.util", "Exception",
            "`", "org.hibernate", "io.quarkus", "at com.example");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Per expectation, how the cases were answered: status → count (0 for a connection closed under the upload). */
    private final Map<HostileCases.Expect, Map<Integer, Integer>> answered = new TreeMap<>();

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void everyEndpointAnswersHostileInputPrecisely() throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, Long> operations = new TreeMap<>();
        for (Service service : Service.values()) {
            JsonNode openApi = Http.JSON.readTree(client.send(HttpRequest.newBuilder(
                    URI.create(service.url() + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            List<Case> ofService = HostileCases.of(service.module, openApi);
            operations.put(service.module, ofService.stream().map(c -> c.method() + c.path()).distinct()
                    .count());
            cases.addAll(ofService);
        }
        List<String> unexpected = new ArrayList<>();
        int tried = 0;
        for (Case hostile : cases) {
            tried++;
            String verdict = verdict(hostile);
            if (verdict != null) {
                unexpected.add(hostile.describe() + " → " + verdict);
            }
            if (tried % 500 == 0) {
                System.out.printf("hostile input: %d of %d cases tried, %d unexpected so far%n", tried, cases.size(),
                        unexpected.size());
            }
        }
        unexpected.stream().limit(60).forEach(line -> System.out.println("hostile input: UNEXPECTED " + line));
        System.out.printf("hostile input: answers by expectation: %s%n", answered);
        System.out.printf("hostile input: %d cases over the operations %s; %d answered as expected, %d not%n",
                cases.size(), operations, cases.size() - unexpected.size(), unexpected.size());
        assertTrue(cases.size() > 500, "the OpenAPI documents yield the cases: " + cases.size());
        assertEquals(List.of(), unexpected.stream().limit(20).toList());
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherBodyIsRefusedAndPlacesNothing() {
        String mug = Shop.stockProduct("MUG", "kitchen", 10, "12.50", false);
        String key = Shop.unique("key");
        Map<String, Object> first = Shop.order(Shop.unique("ada").toLowerCase() + "@example.com", "STANDARD", mug, 1);
        Map<String, Object> other = Shop.order(Shop.unique("bob").toLowerCase() + "@example.com", "STANDARD", mug, 2);
        String placed = Identity.SHOP.request().contentType("application/json").header("Idempotency-Key", key)
                .body(first).post(Service.ORDER.url() + "/orders").then().statusCode(201).extract().path("id");

        Identity.SHOP.request().contentType("application/json").header("Idempotency-Key", key)
                .body(other).post(Service.ORDER.url() + "/orders").then()
                .statusCode(anyOf(is(409), is(422)))
                .contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        Identity.SHOP.request().contentType("application/json").header("Idempotency-Key", key)
                .body(first).post(Service.ORDER.url() + "/orders").then().statusCode(200)
                .body("id", equalTo(placed));
    }

    /** null if the answer is what the case expects, else what was wrong with it. */
    private String verdict(Case hostile) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(urlOf(hostile)));
        if (hostile.as() != null) {
            builder.header("Authorization", "Bearer " + hostile.as().token());
        }
        HttpRequest request = builder
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accessCase(hostile) ? "*/*" : "application/json")
                .header("Content-Type", hostile.contentType() == null ? "application/json" : hostile.contentType())
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(hostile.body()))
                .build();
        HttpResponse<String> answer;
        try {
            answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            count(hostile, 0);
            // a 20 MB upload the server refused at its first bytes may see the connection closed under it
            return hostile.expect() == HostileCases.Expect.TOO_LARGE ? null : "no answer: " + e;
        }
        int status = answer.statusCode();
        count(hostile, status);
        String body = answer.body();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                return status + " revealing " + internal + ": " + shorten(body);
            }
        }
        if (status >= 500) {
            return status + " " + shorten(body);
        }
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            return status + " as " + type + " instead of problem+json: " + shorten(body);
        }
        boolean signed = hostile.path().contains("/webhooks");
        switch (hostile.expect()) {
            case NO_SERVER_ERROR -> {
                return null;
            }
            case UNAUTHENTICATED -> {
                String location = answer.headers().firstValue("Location").orElse("");
                if (status == 302 && hostile.path().startsWith("/ops") && location.contains("/openid-connect/auth")) {
                    return null; // the ops page sends a person without a session to the login
                }
                return status == 401 ? null : "expected 401 without a token, got " + status + " " + shorten(body);
            }
            case FORBIDDEN -> {
                return status == 403 ? null : "expected 403 for the wrong role, got " + status + " " + shorten(body);
            }
            case TOO_LARGE -> {
                return status == 413 ? null : "expected 413, got " + status + " " + shorten(body);
            }
            case REFUSED -> {
                return status >= 400 ? null : "accepted (" + status + ")";
            }
            default -> {
                if (signed && status == 401) {
                    return null; // the signature is checked before the body is read
                }
                if (status != 400) {
                    return "expected 400 naming " + hostile.field() + ", got " + status + " " + shorten(body);
                }
                return body.contains("\"field\":\"" + hostile.field() + "\"") ? null
                        : "400 without naming " + hostile.field() + ": " + shorten(body);
            }
        }
    }

    private static boolean accessCase(Case hostile) {
        return hostile.expect() == HostileCases.Expect.UNAUTHENTICATED || hostile.expect() == HostileCases.Expect.FORBIDDEN;
    }

    private void count(Case hostile, int status) {
        answered.computeIfAbsent(hostile.expect(), expect -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    private static String urlOf(Case hostile) {
        for (Service service : Service.values()) {
            if (service.module.equals(hostile.service())) {
                return service.url() + hostile.path();
            }
        }
        throw new IllegalArgumentException(hostile.service());
    }

    private static String shorten(String body) {
        return body.length() <= 240 ? body : body.substring(0, 240) + "…";
    }
}
