package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The demo identities of deploy/keycloak/fulfillment-realm.json, as the tests act under them: each request carries
 * the access token Keycloak (started by deploy/infra.sh) issued to that user or client, exactly as deploy/token.sh
 * gets it. Tokens are kept until shortly before they expire.
 */
enum Identity {

    /** The e-commerce backend: places orders and acts for its customers (client credentials). */
    SHOP(null, "shop"),
    /** Customers: see and change only their own orders. */
    ADA("ada", "customer"),
    BOB("bob", "customer"),
    /** Ops: approvals, reships, refunds, prices, stock, dead letters. */
    GRACE("grace", "ops"),
    /** Warehouse: stock receipts. */
    PAT("pat", "warehouse");

    static final String KEYCLOAK_URL = Placement.env("KEYCLOAK_URL", "http://127.0.0.1:8180");
    private static final URI TOKEN_ENDPOINT = URI.create(KEYCLOAK_URL
            + "/realms/fulfillment/protocol/openid-connect/token");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<Identity, Issued> TOKENS = new ConcurrentHashMap<>();

    private final String username;
    final String role;

    Identity(String username, String role) {
        this.username = username;
        this.role = role;
    }

    private record Issued(String token, Instant renewAt) {
    }

    /** The e-mail address a customer's token vouches for. */
    String email() {
        return username + "@example.com";
    }

    /** A RestAssured request sent as this identity. */
    RequestSpecification request() {
        return RestAssured.given().auth().oauth2(token());
    }

    /** Its current access token. */
    String token() {
        Issued issued = TOKENS.get(this);
        if (issued == null || Instant.now().isAfter(issued.renewAt())) {
            issued = issue();
            TOKENS.put(this, issued);
        }
        return issued.token();
    }

    private Issued issue() {
        Map<String, String> form = username == null
                ? Map.of("grant_type", "client_credentials", "client_id", "shop", "client_secret", "shop-secret")
                : Map.of("grant_type", "password", "client_id", "fulfillment-cli", "username", username,
                        "password", username + "-password", "scope", "openid");
        String body = form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(TOKEN_ENDPOINT)
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + this + ": " + answer.body());
            }
            JsonNode token = Http.JSON.readTree(answer.body());
            long lifetime = token.path("expires_in").asLong(60);
            return new Issued(token.path("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(5, lifetime - 30)));
        } catch (IOException e) {
            throw new IllegalStateException("no Keycloak at " + TOKEN_ENDPOINT + " (deploy/infra.sh start)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
