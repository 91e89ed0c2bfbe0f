package com.example.fulfillment.order.api;

import static com.example.fulfillment.order.OrderTestData.orderBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.order.domain.OrderService;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Who may do what with orders: no token is 401, a token without the role is 403 (both problem+json), and a
 * customer sees and changes only their own orders, someone else's being as unknown as a made-up id. The names in
 * timelines and decisions are the token's. The system tests check the same with Keycloak's real tokens.
 */
@QuarkusTest
class AccessRulesTest {

    private static final String ADA = "ada@example.com";
    private static final String BOB = "bob@example.com";

    @Inject
    OrderService orders;

    @Inject
    ObjectMapper mapper;

    @Test
    void withoutATokenNothingIsAnsweredButA401() {
        given().get("/orders").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401))
                .body("detail", containsString("Authorization: Bearer"));
        given().contentType(ContentType.JSON).body(orderBody(ADA, "STANDARD", 1)).post("/orders").then()
                .statusCode(401).contentType("application/problem+json");
        given().get("/approvals").then().statusCode(401).contentType("application/problem+json");
        given().post("/dead-letters/retry").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "pat", roles = "warehouse")
    void aTokenWithoutTheRoleIsA403() {
        given().contentType(ContentType.JSON).body(orderBody(ADA, "STANDARD", 1)).post("/orders").then()
                .statusCode(403).contentType("application/problem+json").body("title", equalTo("Forbidden"));
        given().get("/orders").then().statusCode(403).contentType("application/problem+json");
        given().get("/approvals").then().statusCode(403);
        given().get("/dead-letters").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "customer", attributes = @SecurityAttribute(key = "email", value = ADA))
    void aCustomerSeesAndChangesOnlyTheirOwnOrders() {
        String own = placedFor(ADA);
        String bobs = placedFor(BOB);

        given().get("/orders/{id}", own).then().statusCode(200).body("customer.email", equalTo(ADA));
        given().get("/orders/{id}", bobs).then().statusCode(404).contentType("application/problem+json");
        given().get("/orders/{id}/documents", bobs).then().statusCode(404);
        given().get("/orders/{id}/documents.zip", bobs).then().statusCode(404);
        given().get("/orders/{id}/documents/{documentId}", bobs, UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "not mine")).post("/orders/{id}/cancel", bobs)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("condition", "GOOD"))
                .post("/orders/{id}/delivery-confirmation", bobs).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("choice", "CANCEL"))
                .post("/orders/{id}/stock-choice", bobs).then().statusCode(404);
        assertEquals("RECEIVED", orders.get(bobs).getStatus().name(), "bob's order is untouched");

        // the list is their own, whatever they ask for
        given().queryParam("customer", BOB).get("/orders").then().statusCode(200)
                .body("items.customerEmail", everyItem(equalTo(ADA))).body("items.id", hasItem(own))
                .body("items.id", not(hasItem(bobs)));

        given().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind")).post("/orders/{id}/cancel", own)
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("timeline.cause", hasItem("ada"));

        // placing, reshipping and refunding are for the shop and for ops
        given().contentType(ContentType.JSON).body(orderBody(ADA, "STANDARD", 1)).post("/orders").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post("/orders/{id}/refund", own).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "shop", roles = "shop")
    void theShopPlacesOrdersAndIsNamedAsWhoPlacedThem() {
        String id = given().contentType(ContentType.JSON).body(orderBody(BOB, "STANDARD", 1)).post("/orders").then()
                .statusCode(201).extract().path("id");
        given().get("/orders/{id}", id).then().statusCode(200).body("timeline[0].cause", equalTo("shop"));
        given().get("/approvals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "grace", roles = "ops")
    void whoDecidedIsNeverTakenFromTheRequest() {
        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "policy:automatic", "reason", "looks fine"))
                .post("/orders/{id}/refund", placedFor(ADA)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("decidedBy"));
    }

    private String placedFor(String email) {
        try {
            PlaceOrderRequest request = mapper.convertValue(orderBody(email, "STANDARD", 1), PlaceOrderRequest.class);
            return orders.place(request.toNewOrder(), null, "shop").order().getId();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
