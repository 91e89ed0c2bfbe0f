package com.example.fulfillment.order.api;

import static com.example.fulfillment.order.OrderTestData.orderBody;
import static com.example.fulfillment.order.OrderTestData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Intake with room for three orders in the saga's steps: the fourth is refused 503 with Retry-After, and a retry of an
 * order already taken is still answered. Nothing else runs here, so the three stay RECEIVED; the backlog is counted
 * once, at start, on the database this profile cleans.
 */
@TestSecurity(user = "shop", roles = {"shop"})
@QuarkusTest
@TestProfile(IntakeSheddingTest.RoomForThree.class)
class IntakeSheddingTest {

    public static class RoomForThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("orders.intake.max-backlog", "3", "orders.intake.retry-after", "7s",
                    "orders.intake.count-every", "1h");
        }
    }

    @Test
    void beyondTheBoundANewOrderIsRefused503WithRetryAfterWhileARetryOfATakenOneIsAnswered() {
        Map<String, Object> first = orderBody(uniqueEmail(), "STANDARD", 1);
        place(first, "intake-first").statusCode(201);
        place(orderBody(uniqueEmail(), "STANDARD", 1), "intake-second").statusCode(201);
        place(orderBody(uniqueEmail(), "STANDARD", 1), null).statusCode(201);

        place(orderBody(uniqueEmail(), "STANDARD", 1), "intake-fourth")
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(503))
                .body("detail", containsString("3 orders in hand"));

        place(first, "intake-first").statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse place(Map<String, Object> body, String key) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/orders").then();
    }
}
