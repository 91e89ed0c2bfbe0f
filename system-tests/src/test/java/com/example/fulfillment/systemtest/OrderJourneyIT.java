package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.path.json.JsonPath;

/**
 * The happy path: one order from the shop's POST /orders to COMPLETED, through the five running services and
 * their REST APIs alone: approvals passed by policy, a carrier's signed webhooks, the customer's confirmation.
 * E-mails go over real SMTP to a GreenMail server in this JVM.
 */
class OrderJourneyIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void anOrderTravelsFromCheckoutToAFiledCompletedOrder() throws Exception {
        String mug = Shop.stockProduct("MUG", "kitchen", 10, "12.50", true);
        String tee = Shop.stockProduct("TEE", "apparel", 5, "20.00", false);
        String email = Shop.unique("ada").toLowerCase() + "@example.com";
        Map<String, Object> order = Shop.order(email, "EXPRESS", mug, 2, tee, 1);
        order.put("options", Map.of("specialPackaging", false, "giftWrap", true, "giftMessage", "Alles Gute, Ada! 🎁"));
        String orderId = Shop.place(order);

        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        String trackingNumber = shipped.getString("trackingNumber");
        String carrier = shipped.getString("carrier");
        assertTrue(trackingNumber != null && !trackingNumber.isBlank(), "a shipped order has a tracking number");
        assertEquals("Alles Gute, Ada! 🎁", shipped.getString("options.giftMessage"), "the message is kept exactly");

        // merchandise 2 x 12.50 + 20.00 = 45.00; fees: express 9.90 + gift wrap 3.50; German VAT 19 % of 58.40
        JsonPath invoice = Shop.invoice(orderId);
        assertEquals(new BigDecimal("69.50"), invoice.get("total"));
        assertEquals("EUR", invoice.getString("currency"));
        assertEquals(invoice.getString("number"), shipped.getString("invoice.number"));

        Carriers.plain(carrier, trackingNumber, "IN_TRANSIT", "Departed hub", "Leipzig").statusCode(202);
        Carriers.plain(carrier, trackingNumber, "DELIVERED", "Delivered to recipient", "Berlin").statusCode(202);
        Shop.awaitStatus(orderId, "DELIVERED");

        Shop.confirmDelivery(orderId, "GOOD");
        JsonPath completed = Shop.awaitStatus(orderId, "COMPLETED");

        List<String> statuses = Shop.timelineStatuses(completed);
        for (String status : List.of("RECEIVED", "AVAILABILITY_VERIFIED", "VERIFIED", "ALLOCATED", "INVOICED",
                "READY_FOR_SHIPMENT", "SHIPMENT_APPROVED", "SHIPPED", "DELIVERED", "COMPLETED")) {
            assertTrue(statuses.contains(status), "timeline shows " + status + ": " + statuses);
        }
        assertTrue(Shop.approvedGates(orderId).containsAll(
                List.of("ORDER_VERIFICATION", "SHIPMENT_DETAILS", "TRACKING_CONFIRMATION")), "every gate was passed");

        await().atMost(Shop.SAGA_STEP).untilAsserted(() -> {
            List<String> kinds = Identity.SHOP.request().get(Service.ORDER.url() + "/orders/" + orderId + "/documents")
                    .then().statusCode(200).extract().path("kind");
            assertTrue(kinds.containsAll(List.of("PACKING_SLIP", "INVOICE", "LABEL")), "the dossier is filed: " + kinds);
        });

        Shop.awaitSent(orderId, "EMAIL", "SHIPMENT_CONFIRMATION", "DELIVERY_UPDATE", "ORDER_COMPLETED");
        boolean confirmationWithTracking = false;
        for (MimeMessage message : RunningStack.mailbox().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)
                    && GreenMailUtil.getBody(message).contains(trackingNumber)) {
                confirmationWithTracking = true;
            }
        }
        assertTrue(confirmationWithTracking, "an e-mail to the customer carries the tracking number");

        Identity.GRACE.request().get(Service.INVENTORY.url() + "/products/" + mug).then().statusCode(200)
                .body("onHand", equalTo(8)).body("reserved", equalTo(0));
    }
}
