package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.shipping.messaging.ShippingEvents;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a carrier's webhook may not do: report on another carrier's parcel, or date an update in the future (which,
 * applied, would freeze the parcel); and why no one can guess another customer's tracking number from their own.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class WebhookRefusalsTest {

    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    private static Map<String, Object> update(String trackingNumber, String status, Instant occurredAt) {
        return Map.of("trackingNumber", trackingNumber, "status", status, "description", "scan",
                "occurredAt", occurredAt.toString());
    }

    @Test
    void aCarrierCannotReportOnAnotherCarriersParcel() {
        String orderId = ShippingEvents.newOrderId();
        String dhlParcel = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();

        Webhooks.plain("ups", update(dhlParcel, "DELIVERED", Instant.now().minusSeconds(60))).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("is not a parcel of ups"));

        given().get("/shipments/{orderId}", orderId).then().statusCode(200)
                .body("tracking.status", equalTo(null));
    }

    @Test
    void oneCarriersSecretCannotSignAnotherCarriersUpdates() {
        String parcel = ShippingEvents.ship(bus, ShippingEvents.newOrderId(), ShippingMethod.STANDARD)
                .trackingNumber();
        String body = Webhooks.json(update(parcel, "DELIVERED", Instant.now().minusSeconds(60)));
        String signedByUps = "sha256=" + Webhooks.hex(Webhooks.hmac(
                Webhooks.secretOf("ups").getBytes(java.nio.charset.StandardCharsets.UTF_8), body));

        Webhooks.post("/carriers/dhl/webhooks", "X-Fulfillment-Signature", signedByUps, body).statusCode(401)
                .contentType("application/problem+json");
        // a carrier nobody configured has no secret at all: nothing it signs is taken
        Webhooks.post("/carriers/acme/webhooks", "X-Fulfillment-Signature", signedByUps, body).statusCode(401);
    }

    @Test
    void anUpdateDatedInTheFutureIsRefusedAndNeverFreezesTheParcel() {
        String parcel = ShippingEvents.ship(bus, ShippingEvents.newOrderId(), ShippingMethod.STANDARD)
                .trackingNumber();

        Webhooks.plain("dhl", update(parcel, "IN_TRANSIT", Instant.now().plus(Duration.ofHours(6)))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("occurredAt"))
                .body("violations[0].message", containsString("in the future"));
        // a little ahead is a clock's drift, not a refusal
        Webhooks.plain("dhl", update(parcel, "IN_TRANSIT", Instant.now().plus(Duration.ofMinutes(2))))
                .statusCode(202).body("updates[0].outcome", equalTo("APPLIED"));
        Webhooks.plain("dhl", update(parcel, "DELIVERED", Instant.now().plus(Duration.ofMinutes(3))))
                .statusCode(202).body("updates[0].outcome", equalTo("APPLIED"));
    }

    @Test
    void trackingNumbersCannotBeGuessedFromOneAnother() {
        String first = ShippingEvents.ship(bus, ShippingEvents.newOrderId(), ShippingMethod.STANDARD).trackingNumber();
        String second = ShippingEvents.ship(bus, ShippingEvents.newOrderId(), ShippingMethod.STANDARD).trackingNumber();

        assertTrue(first.matches("JJD[2-9A-HJ-NP-Z]{16}"), first);
        assertTrue(second.matches("JJD[2-9A-HJ-NP-Z]{16}"), second);
        assertNotEquals(first, second);
        int samePlaces = 0;
        for (int i = 3; i < first.length(); i++) {
            samePlaces += first.charAt(i) == second.charAt(i) ? 1 : 0;
        }
        // two sequence numbers share all but their last digits; two random ones about one place in 32
        assertTrue(samePlaces < 8, first + " and " + second + " share " + samePlaces + " of 16 places");
        assertEquals(19, first.length());
    }
}
