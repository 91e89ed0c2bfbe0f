package com.example.fulfillment.order.api;

import static com.example.fulfillment.order.OrderTestData.WAIT;
import static com.example.fulfillment.order.OrderTestData.awaitStatus;
import static com.example.fulfillment.order.OrderTestData.lines;
import static com.example.fulfillment.order.OrderTestData.orderBody;
import static com.example.fulfillment.order.OrderTestData.place;
import static com.example.fulfillment.order.OrderTestData.shippedOrder;
import static com.example.fulfillment.order.OrderTestData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.TrackingStatus;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The ops page: people see what waits for them and decide it with forms, under the API's rules. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class OpsConsoleTest {

    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    @TestSecurity(user = "alice", roles = {"ops", "shop"})
    void aPendingApprovalIsListedAndApprovedThroughItsForm() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId);
        page().body(containsString("id=\"task-" + taskId + "\""))
                .body(containsString("href=\"/ops/orders/" + orderId + "\""))
                .body(containsString("&quot;quantity&quot; : 11"));

        String location = form("/ops/approvals/" + taskId, "decision", "approve",
                "reason", "known customer <3").statusCode(303).extract().header("Location");

        followed(location)
                .body(containsString("ORDER_VERIFICATION of order " + orderId + " approved by alice"))
                .body(not(containsString("id=\"task-" + taskId + "\"")));
        given().get("/approvals/{id}", taskId).then().body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("alice")).body("reason", equalTo("known customer <3"));
        bus.await(OrderVerificationApproved.class, orderId);
        awaitStatus(orderId, "VERIFIED");
    }

    @Test
    void aFormThatBreaksARuleChangesNothingAndSaysWhy() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId);

        String withoutReason = form("/ops/approvals/" + taskId, "decision", "reject")
                .statusCode(303).extract().header("Location");
        followed(withoutReason).body(containsString("class=\"problem\""))
                .body(containsString("reason must not be blank"));
        given().get("/approvals/{id}", taskId).then().body("status", equalTo("PENDING"));

        form("/ops/approvals/" + taskId, "decision", "reject", "reason", "fraud").statusCode(303);
        String twice = form("/ops/approvals/" + taskId, "decision", "approve")
                .statusCode(303).extract().header("Location");
        followed(twice).body(containsString("was already REJECTED by grace"));
        awaitStatus(orderId, "CANCELLED");
    }

    @Test
    void aFailedDeliveryIsReshippedFromThePageAndItsOrderPageShowsTheTimeline() {
        String orderId = shippedOrder(bus);
        bus.publish(new TrackingUpdated(orderId, UUID.randomUUID().toString(), "DHL", "TRK-" + orderId.substring(0, 8),
                TrackingStatus.RETURNED_TO_SENDER, DeliveryState.ISSUE, "returned", "Berlin", Instant.now(), null));
        awaitStatus(orderId, "DELIVERY_FAILED");
        page().body(containsString("id=\"order-" + orderId + "\""));

        String location = form("/ops/orders/" + orderId, "action", "reship").statusCode(303)
                .extract().header("Location");

        followed(location).body(containsString("order " + orderId + " is RESHIPPING (reship by grace)"));
        bus.await(ReshipmentRequested.class, orderId);
        given().accept("text/html").get("/ops/orders/{id}", orderId).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<strong id=\"status\">RESHIPPING</strong>"))
                .body(containsString("delivery failed")).body(containsString("reshipment requested"))
                .body(containsString("ORDER_VERIFICATION"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId);
        page().body(containsString("Signed in as <strong id=\"signed-in\">grace</strong>"));

        // another site can make the browser post the form with its cookies, but cannot read the page's token
        String cookie = csrfCookie();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("decision", "approve").post("/ops/approvals/" + taskId).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("CSRF token"))
                .body("violations[0].field", equalTo("csrf-token"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("csrf-token", cookie)
                .formParam("decision", "approve").formParam("csrf-token", "forged-" + cookie)
                .post("/ops/approvals/" + taskId).then().statusCode(400);
        given().get("/approvals/{id}", taskId).then().body("status", equalTo("PENDING"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "warehouse")
    void onlyOpsSeeThePage() {
        given().accept("text/html").get("/ops").then().statusCode(403);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        given().get("/ops/orders/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    /** As a browser follows a redirect: the Location exactly as sent, not encoded again. */
    private static ValidatableResponse followed(String location) {
        return given().urlEncodingEnabled(false).get(location).then().statusCode(200);
    }

    private static ValidatableResponse page() {
        return given().accept("text/html").get("/ops").then().statusCode(200).contentType(startsWith("text/html"));
    }

    /** As the browser posts the page's form: with the CSRF cookie the page set and the token the form carries. */
    private static ValidatableResponse form(String path, String... namesAndValues) {
        String token = csrfCookie();
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", token).formParam("csrf-token", token);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request = request.formParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request.post(path).then();
    }

    /** The token the page hands out: its cookie, which its forms repeat in a hidden field. */
    private static String csrfCookie() {
        var page = given().accept("text/html").get("/ops").then().statusCode(200).extract();
        String token = page.cookie("csrf-token");
        org.junit.jupiter.api.Assertions.assertNotNull(token, "the page sets its CSRF cookie");
        if (page.asString().contains("name=\"csrf-token\"")) {
            org.junit.jupiter.api.Assertions.assertTrue(page.asString().contains("value=\"" + token + "\""),
                    "the page's forms carry the cookie's token");
        }
        return token;
    }

    private static String largeOrderAwaitingVerification() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 11));
        bus.publish(new StockVerified(orderId, lines(11)));
        awaitStatus(orderId, "AVAILABILITY_VERIFIED");
        return orderId;
    }

    private static String pendingTask(String orderId) {
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("status", "PENDING").queryParam("orderId", orderId)
                .get("/approvals").then().body("items.size()", equalTo(1)));
        return given().queryParam("status", "PENDING").queryParam("orderId", orderId).get("/approvals").then()
                .extract().path("items[0].id");
    }
}
