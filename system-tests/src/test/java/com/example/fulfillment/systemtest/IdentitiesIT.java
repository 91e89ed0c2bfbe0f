package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo identities of the README, as the real Keycloak of the test run (deploy/infra.sh) issues them through
 * deploy/token.sh: each one's token names who it is and carries exactly its role.
 */
class IdentitiesIT {

    @ParameterizedTest
    @CsvSource({
            "shop, service-account-shop, , shop",
            "ada, ada, ada@example.com, customer",
            "bob, bob, bob@example.com, customer",
            "grace, grace, grace@example.com, ops",
            "pat, pat, pat@example.com, warehouse"})
    void eachDemoIdentityGetsATokenWithItsRole(String name, String username, String email, String role)
            throws Exception {
        Run run = tokenSh(name);
        assertEquals(0, run.exitCode(), run.output());

        JsonNode claims = claimsOf(run.output().strip());
        assertEquals(username, claims.path("preferred_username").asText(), claims.toString());
        assertEquals("http://127.0.0.1:8180/realms/fulfillment", claims.path("iss").asText());
        if (email != null) {
            assertEquals(email, claims.path("email").asText(), claims.toString());
        }
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        assertTrue(roles.contains(role), name + " has " + roles);
        for (String other : List.of("shop", "customer", "ops", "warehouse")) {
            assertTrue(other.equals(role) || !roles.contains(other), name + " must not also be " + other + ": " + roles);
        }
    }

    @Test
    void anUnknownNameIsAUsageError() throws Exception {
        Run run = tokenSh("mallory");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("usage: deploy/token.sh"), run.output());
    }

    private record Run(int exitCode, String output) {
    }

    private static Run tokenSh(String name) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(RunningStack.REPO_ROOT.resolve("deploy/token.sh").toString(), name)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "token.sh did not end");
        return new Run(process.exitValue(), output);
    }

    private static JsonNode claimsOf(String token) throws IOException {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "a JWT: " + token);
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
