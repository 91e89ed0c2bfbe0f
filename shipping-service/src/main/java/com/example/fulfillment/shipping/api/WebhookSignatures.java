package com.example.fulfillment.shipping.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.example.fulfillment.problem.ProblemException;

/** HMAC-SHA256 and the comparison of what a platform sent with what we expect, in constant time. */
final class WebhookSignatures {

    private WebhookSignatures() {
    }

    static byte[] hmacSha256(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Compares the bytes in constant time (MessageDigest.isEqual), so that response times do not tell an attacker
     * how many leading characters of a forged signature were right.
     */
    static boolean matches(String expected, String received) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                received.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** Passes when what the platform sent matches what we expect; otherwise a 401 naming where it was looked for. */
    static void requireMatch(String expected, String received, String where) {
        if (!matches(expected, received)) {
            throw unauthorized("the " + where + " is missing or wrong");
        }
    }

    /** The secret, or a 401 naming the platform when it is not configured. */
    static String required(Optional<String> secret, String platform) {
        return secret.filter(value -> !value.isBlank())
                .orElseThrow(() -> unauthorized(
                        "webhooks of " + platform + " are not accepted: no secret is configured"));
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail);
    }
}
