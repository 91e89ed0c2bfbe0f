package com.example.fulfillment.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * From SHIPPED to COMPLETED through the webhooks of each shipping platform shops use, as those platforms send
 * them: EasyPost, AfterShip and Shippo, each signed its own way. An unsigned post changes nothing.
 */
class CarrierPlatformsIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void easyPostTrackerUpdatesCarryTheOrderToCompletion() {
        JsonPath shipped = shippedOrder("ep");
        String tracking = shipped.getString("trackingNumber");
        LocalDate eta = LocalDate.parse(shipped.getString("expectedDeliveryDate"));

        Carriers.easyPost(tracking, "in_transit", eta).statusCode(200);
        Carriers.easyPost(tracking, "delivered", eta).statusCode(200);

        complete(shipped.getString("id"));
    }

    @Test
    void afterShipTrackingUpdatesCarryTheOrderToCompletion() {
        JsonPath shipped = shippedOrder("as");
        String tracking = shipped.getString("trackingNumber");
        LocalDate eta = LocalDate.parse(shipped.getString("expectedDeliveryDate"));

        Carriers.afterShip(tracking, "InTransit", "InTransit_001", eta).statusCode(200);
        Carriers.afterShip(tracking, "Delivered", "Delivered_001", eta).statusCode(200);

        complete(shipped.getString("id"));
    }

    @Test
    void shippoTrackUpdatesCarryTheOrderToCompletion() {
        JsonPath shipped = shippedOrder("sh");
        String tracking = shipped.getString("trackingNumber");
        LocalDate eta = LocalDate.parse(shipped.getString("expectedDeliveryDate"));

        Carriers.shippo(tracking, "TRANSIT", eta).statusCode(200);
        Carriers.shippo(tracking, "DELIVERED", eta).statusCode(200);

        complete(shipped.getString("id"));
    }

    @Test
    void anUnsignedWebhookIsRefusedAndChangesNothing() {
        JsonPath shipped = shippedOrder("forged");
        String body = "{\"description\":\"tracker.updated\",\"id\":\"evt_forged\",\"result\":{\"tracking_code\":\""
                + shipped.getString("trackingNumber") + "\",\"status\":\"delivered\"}}";

        given().contentType(ContentType.JSON).header("X-Hmac-Signature", "hmac-sha256-hex=00")
                .body(body).post(Service.SHIPPING.url() + "/carriers/easypost/webhooks")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post(Service.SHIPPING.url() + "/carriers/easypost/webhooks")
                .then().statusCode(401);

        assertEquals("SHIPPED", Shop.view(shipped.getString("id")).getString("status"));
        assertEquals("SHIPPED", Shop.shipment(shipped.getString("id")).getString("status"));
    }

    private static JsonPath shippedOrder(String who) {
        String sku = Shop.stockProduct("BOOK", "books", 5, "15.00", false);
        String orderId = Shop.place(Shop.order(Shop.unique(who) + "@example.com", "STANDARD", sku, 1));
        return Shop.awaitStatus(orderId, "SHIPPED");
    }

    private static void complete(String orderId) {
        Shop.awaitStatus(orderId, "DELIVERED");
        Shop.confirmDelivery(orderId, "GOOD");
        Shop.awaitStatus(orderId, "COMPLETED");
        Shop.awaitSent(orderId, "EMAIL", "SHIPMENT_CONFIRMATION", "DELIVERY_UPDATE", "ORDER_COMPLETED");
    }
}
