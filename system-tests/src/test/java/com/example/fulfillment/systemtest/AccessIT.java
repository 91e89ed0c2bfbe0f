package com.example.fulfillment.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;

/**
 * Who may do what, with the tokens Keycloak issues to the demo identities: no token or a token that does not hold
 * is 401, the wrong role 403 (problem+json, in every service), a customer sees and changes only their own orders,
 * and who acted is the token's name, never a name in the request.
 */
class AccessIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void withoutAValidTokenEveryServiceAnswers401() {
        String forged = Identity.GRACE.token();
        forged = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (Service service : Service.values()) {
            given().get(service.url() + "/dead-letters").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
            given().auth().oauth2(forged).get(service.url() + "/dead-letters").then().statusCode(401)
                    .contentType("application/problem+json").body("detail", containsString("refused"));
            given().auth().oauth2("not-a-token").get(service.url() + "/dead-letters").then().statusCode(401);
            Identity.GRACE.request().get(service.url() + "/dead-letters").then().statusCode(200);
            Identity.ADA.request().get(service.url() + "/dead-letters").then().statusCode(403)
                    .contentType("application/problem+json").body("title", equalTo("Forbidden"));
        }
    }

    @Test
    void eachRoleDoesItsPartAndNoMore() {
        String sku = Shop.stockProduct("ACCESS", "kitchen", 5, "9.99", false);
        // the warehouse records receipts, but sets neither prices nor products
        Identity.PAT.request().contentType(ContentType.JSON).body(Map.of("quantity", 3, "note", "pallet 7"))
                .post(Service.INVENTORY.url() + "/products/" + sku + "/stock-receipts").then()
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        Identity.PAT.request().contentType(ContentType.JSON).body(Map.of("unitPrice", new BigDecimal("0.01")))
                .put(Service.BILLING.url() + "/prices/" + sku).then().statusCode(403);
        // a customer sets no price and records no stock
        Identity.ADA.request().contentType(ContentType.JSON).body(Map.of("unitPrice", new BigDecimal("0.01")))
                .put(Service.BILLING.url() + "/prices/" + sku).then().statusCode(403);
        Identity.ADA.request().contentType(ContentType.JSON).body(Map.of("quantity", 1000, "note", "free stock"))
                .post(Service.INVENTORY.url() + "/products/" + sku + "/stock-receipts").then().statusCode(403);
        Identity.GRACE.request().get(Service.BILLING.url() + "/prices/" + sku).then().statusCode(200)
                .body("unitPrice", equalTo(9.99f));
        // ops decide, but do not place orders; the shop places orders, but decides nothing
        Identity.GRACE.request().contentType(ContentType.JSON).body(Shop.order("ops@example.com", "STANDARD", sku, 1))
                .post(Service.ORDER.url() + "/orders").then().statusCode(403);
        String orderId = Shop.place(Shop.order(Shop.unique("shop").toLowerCase() + "@example.com", "STANDARD", sku, 1));
        Identity.SHOP.request().get(Service.ORDER.url() + "/approvals").then().statusCode(403);
        Identity.SHOP.request().contentType(ContentType.JSON).body(Map.of("reason", "because"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/refund").then().statusCode(403);
        Identity.GRACE.request().get(Service.ORDER.url() + "/orders/" + orderId).then().statusCode(200)
                .body("timeline[0].cause", equalTo("shop"));
    }

    @Test
    void aCustomerSeesAndChangesOnlyTheirOwnOrders() {
        String sku = Shop.stockProduct("OWN", "kitchen", 20, "5.00", false);
        String adas = Shop.place(Shop.order(Identity.ADA.email(), "STANDARD", sku, 1));
        String bobs = Shop.place(Shop.order(Identity.BOB.email(), "STANDARD", sku, 1));

        Identity.ADA.request().get(Service.ORDER.url() + "/orders/" + adas).then().statusCode(200)
                .body("customer.email", equalTo(Identity.ADA.email()));
        Identity.ADA.request().get(Service.ORDER.url() + "/orders/" + bobs).then().statusCode(404)
                .contentType("application/problem+json");
        Identity.ADA.request().contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .post(Service.ORDER.url() + "/orders/" + bobs + "/cancel").then().statusCode(404);
        Identity.ADA.request().queryParam("customer", Identity.BOB.email()).queryParam("size", 200)
                .get(Service.ORDER.url() + "/orders").then().statusCode(200)
                .body("items.customerEmail", everyItem(equalTo(Identity.ADA.email())))
                .body("items.id", hasItem(adas)).body("items.id", not(hasItem(bobs)));

        Identity.BOB.request().get(Service.ORDER.url() + "/orders/" + bobs).then().statusCode(200)
                .body("customer.email", equalTo(Identity.BOB.email()));
        Identity.ADA.request().contentType(ContentType.JSON).body(Map.of("reason", "who decides?"))
                .post(Service.ORDER.url() + "/orders/" + adas + "/refund").then().statusCode(403);
    }

    @Test
    void whoDecidedComesFromTheTokenNeverFromTheRequest() {
        String sku = Shop.stockProduct("WHO", "kitchen", 50, "3.00", false);
        String orderId = Shop.place(Shop.order(Shop.unique("big").toLowerCase() + "@example.com", "STANDARD", sku, 12));
        String approval = Shop.awaitPendingApproval(orderId, "ORDER_VERIFICATION");
        Identity.GRACE.request().contentType(ContentType.JSON)
                .body(Map.of("decidedBy", "policy:automatic", "reason", "let it through"))
                .post(Service.ORDER.url() + "/approvals/" + approval + "/approve").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("decidedBy"));
        Identity.GRACE.request().contentType(ContentType.JSON).body(Map.of("reason", "checked the stock"))
                .post(Service.ORDER.url() + "/approvals/" + approval + "/approve").then().statusCode(200)
                .body("decidedBy", equalTo("grace"));
    }
}
