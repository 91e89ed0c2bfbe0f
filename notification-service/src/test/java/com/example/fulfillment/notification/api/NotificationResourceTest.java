package com.example.fulfillment.notification.api;

import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class NotificationResourceTest {

    private static TestEventBus bus;

    @BeforeAll
    static void startChannels() {
        TestChannels.start();
        bus = new TestEventBus();
    }

    @AfterAll
    static void closeBus() {
        bus.close();
    }

    @Test
    void listsAnOrdersNotificationsNewestFirst() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        bus.publish(new Shipped(orderId, "DHL", "TRK-" + orderId, Instant.now(), LocalDate.of(2026, 12, 3),
                List.of("label")));
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        JsonPath list = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                        .extract().jsonPath(),
                json -> json.getList("$").size() == 2);

        org.junit.jupiter.api.Assertions.assertEquals(List.of("ORDER_COMPLETED", "SHIPMENT_CONFIRMATION"),
                list.getList("kind"));
        String id = list.getString("[1].id");
        given().get("/notifications/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("orderId", equalTo(orderId))
                .body("channel", equalTo("PORTAL"))
                .body("recipient", equalTo("Ada Lovelace"))
                .body("status", equalTo("SENT"))
                .body("attempts", equalTo(1))
                .body("createdAt", notNullValue())
                .body("sentAt", notNullValue());
    }

    @Test
    void anOrderWithoutNotificationsHasAnEmptyList() {
        given().queryParam("orderId", newOrderId()).get("/notifications").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        String id = UUID.randomUUID().toString();
        given().get("/notifications/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("notification " + id + " does not exist"));
        given().get("/notifications/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aListWithoutOrderIdIsABadRequestNamingTheField() {
        given().get("/notifications").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orderId"))
                .body("violations[0].message", equalTo("must not be blank"));
    }

    @Test
    void thePortalShowsOnlyPortalMessagesAsTheCustomerReadsThem() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, TestChannels.emailFor(orderId), null, NotificationChannel.EMAIL,
                NotificationChannel.PORTAL));
        bus.publish(new Shipped(orderId, "DHL", "TRK-" + orderId, Instant.now(), LocalDate.of(2026, 12, 3),
                List.of("label")));
        bus.publish(new OrderCompleted(orderId, Instant.now()));
        // both e-mails sent too, so the operators' list holds four messages
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                        .extract().jsonPath().<String> getList("status"),
                statuses -> statuses.size() == 4 && statuses.stream().allMatch("SENT"::equals));

        JsonPath portal = given().queryParam("orderId", orderId).get("/notifications/portal").then()
                .statusCode(200).extract().jsonPath();

        org.junit.jupiter.api.Assertions.assertEquals(List.of("ORDER_COMPLETED", "SHIPMENT_CONFIRMATION"),
                portal.getList("kind"));
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("kind", "subject", "body", "sentAt"), portal.getMap("[1]").keySet());
        org.junit.jupiter.api.Assertions.assertTrue(portal.getString("[1].subject").contains("TRK-" + orderId));
        org.junit.jupiter.api.Assertions.assertTrue(
                portal.getString("[1].body").contains("Tracking number: TRK-" + orderId));
        org.junit.jupiter.api.Assertions.assertNotNull(portal.getString("[1].sentAt"));
    }

    @Test
    void thePortalWithoutOrderIdIsABadRequestNamingTheField() {
        given().get("/notifications/portal").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orderId"));
    }
}
