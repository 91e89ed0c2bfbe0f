package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Step 2's way out: the ordered product is short. The customer is told (alternatives, restock date), the order
 * waits in AWAITING_STOCK, and the customer takes an alternative, waits for the restock, or cancels.
 */
class ShortStockIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void theCustomerTakesAnInStockAlternative() {
        String alternative = Shop.stockProduct("LAMP-GREEN", "lighting", 5, "30.00", false);
        String wanted = Shop.stockProduct("LAMP-RED", "lighting", 1, "30.00", false,
                Map.of("alternativeSkus", List.of(alternative)));
        String orderId = Shop.place(Shop.order(Shop.unique("lin") + "@example.com", "STANDARD", wanted, 2));

        JsonPath waiting = Shop.awaitStatus(orderId, "AWAITING_STOCK");
        assertEquals(List.of(alternative), waiting.getList("shortages[0].alternativeSkus"), "the alternative is offered");
        Shop.awaitSent(orderId, "EMAIL", "STOCK_UNAVAILABLE");

        Shop.chooseForShortage(orderId, "ALTERNATIVE", wanted, alternative);

        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        assertEquals(List.of(alternative), shipped.getList("lines.sku"), "the order now holds the alternative");
        assertEquals(3, Shop.product(alternative).getInt("onHand"), "two alternatives left the warehouse");
        assertEquals(1, Shop.product(wanted).getInt("onHand"), "the short product was never touched");
    }

    @Test
    void theCustomerWaitsAndTheOrderResumesWhenStockArrives() {
        LocalDate restock = LocalDate.now().plusDays(3);
        String sku = Shop.stockProduct("KETTLE", "kitchen-" + Shop.unique("solo"), 0, "45.00", false,
                Map.of("expectedRestockDate", restock.toString()));
        String orderId = Shop.place(Shop.order(Shop.unique("wes") + "@example.com", "STANDARD", sku, 1));

        JsonPath waiting = Shop.awaitStatus(orderId, "AWAITING_STOCK");
        assertEquals(restock.toString(), waiting.getString("shortages[0].expectedRestockDate"));
        Shop.chooseForShortage(orderId, "WAIT");

        Shop.receiveStock(sku, 4);

        Shop.awaitStatus(orderId, "SHIPPED");
        assertEquals(3, Shop.product(sku).getInt("onHand"));
    }

    @Test
    void theCustomerCancelsAndIsTold() {
        String sku = Shop.stockProduct("TEAPOT", "kitchen-" + Shop.unique("solo"), 0, "25.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("cy") + "@example.com", "STANDARD", sku, 1));
        Shop.awaitStatus(orderId, "AWAITING_STOCK");
        // the customer answers the message telling them of the shortage (a cancellation would withdraw it unsent)
        Shop.awaitSent(orderId, "EMAIL", "STOCK_UNAVAILABLE");

        Shop.chooseForShortage(orderId, "CANCEL");

        JsonPath cancelled = Shop.awaitStatus(orderId, "CANCELLED");
        assertTrue(Shop.timelineStatuses(cancelled).contains("AWAITING_STOCK"));
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
        assertEquals(0, Shop.product(sku).getInt("reserved"));
    }
}
