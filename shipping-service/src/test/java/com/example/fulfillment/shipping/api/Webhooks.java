package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Posts webhooks as the carrier platforms do, signed (independently of the production code) with the %test
 * secrets of application.properties; the body goes out byte for byte as signed.
 */
public final class Webhooks {

    public static final String EASYPOST_SECRET = "s\u00e9cret";
    public static final String AFTERSHIP_SECRET = "test-aftership-secret";
    public static final String SHIPPO_TOKEN = "test-shippo-token";
    /** Each direct carrier's own secret, as %test configures them. */
    public static String secretOf(String carrier) {
        return "test-" + carrier + "-secret";
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Webhooks() {
    }

    public static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our plain format, signed with X-Fulfillment-Signature. */
    public static ValidatableResponse plain(String carrier, Object body) {
        String text = json(body);
        return post("/carriers/" + carrier + "/webhooks", "X-Fulfillment-Signature",
                "sha256=" + hex(hmac(secretOf(carrier).getBytes(StandardCharsets.UTF_8), text)), text);
    }

    public static ValidatableResponse easyPost(String body) {
        return post("/carriers/easypost/webhooks", "X-Hmac-Signature", easyPostSignature(body), body);
    }

    /** The key is the secret in Unicode NFKD: "é" becomes "e" and a combining accent, as EasyPost does it. */
    public static String easyPostSignature(String body) {
        byte[] key = java.text.Normalizer.normalize(EASYPOST_SECRET, java.text.Normalizer.Form.NFKD)
                .getBytes(StandardCharsets.UTF_8);
        return "hmac-sha256-hex=" + hex(hmac(key, body));
    }

    public static ValidatableResponse afterShip(String body) {
        return post("/carriers/aftership/webhooks", "aftership-hmac-sha256",
                Base64.getEncoder().encodeToString(hmac(AFTERSHIP_SECRET.getBytes(StandardCharsets.UTF_8), body)),
                body);
    }

    public static ValidatableResponse shippo(String body) {
        return given().contentType(ContentType.JSON).queryParam("token", SHIPPO_TOKEN)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/carriers/shippo/webhooks").then();
    }

    /** Any header, any value: for missing and forged signatures. */
    public static ValidatableResponse post(String path, String header, String value, String body) {
        var request = given().contentType(ContentType.JSON);
        if (header != null) {
            request.header(header, value);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    static byte[] hmac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
