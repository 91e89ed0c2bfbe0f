package com.example.fulfillment.shipping.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.OrderReadyForShipment;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.ShipmentApproved;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.ShippingMethod;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The events the rest of the saga sends shipping, as the other services would fill them. */
public final class ShippingEvents {

    public static final Address ADDRESS = new Address("Erika Mustermann", "Heidestraße 17", "Köln", "51147", "NRW",
            "DE");
    public static final AllocatedItem VASE = new AllocatedItem("VASE-1", "Crystal vase", "home", 1, 2600, 300, 200,
            200, true);
    public static final AllocatedItem BOOK = new AllocatedItem("BOOK-7", "A novel", "books", 2, 450, 210, 140, 35,
            false);

    private ShippingEvents() {
    }

    public static String newOrderId() {
        return UUID.randomUUID().toString();
    }

    public static OrderReceived orderReceived(String orderId, ShippingMethod method, OrderOptions options) {
        return new OrderReceived(orderId, new Customer("Erika Mustermann", "erika@example.com", "+49 221 1234567"),
                ADDRESS, method, List.of(new OrderLine(VASE.sku(), 1)), options, List.of(NotificationChannel.EMAIL),
                null, Instant.now());
    }

    public static StockAllocated stockAllocated(String orderId, AllocatedItem... items) {
        return new StockAllocated(orderId, List.of(items));
    }

    public static InvoicePrepared invoicePrepared(String orderId, String invoiceNumber) {
        BigDecimal price = new BigDecimal("49.00");
        return new InvoicePrepared(orderId, invoiceNumber, "EUR",
                List.of(new InvoiceLine("Crystal vase", VASE.sku(), 1, price, price)), price, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("7.82"), price);
    }

    public static OrderReadyForShipment readyForShipment(String orderId) {
        return new OrderReadyForShipment(orderId, Instant.now());
    }

    public static ShipmentApproved shipmentApproved(String orderId) {
        return new ShipmentApproved(orderId,
                new Decision(UUID.randomUUID().toString(), "policy:automatic", "all checks passed", Instant.now()));
    }

    /**
     * Waits until shipping has handled everything published so far about the order: a marker of a type no
     * service knows goes behind it in the same partition, and is dead-lettered once it is reached.
     */
    public static void awaitHandled(TestEventBus bus, String orderId) {
        bus.publish(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/test", "ShippingTestMarker",
                orderId, OffsetDateTime.now(), "application/json", JsonNodeFactory.instance.objectNode()));
        bus.awaitDeadLetter(orderId);
    }

    /** Drives an order through shipping's whole happy path; returns what shipping published when it shipped. */
    public static Shipped ship(TestEventBus bus, String orderId, ShippingMethod method) {
        bus.publish(orderReceived(orderId, method, OrderOptions.none()));
        bus.publish(stockAllocated(orderId, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-" + orderId.substring(0, 8)));
        bus.publish(readyForShipment(orderId));
        bus.publish(shipmentApproved(orderId));
        return bus.await(Shipped.class, orderId);
    }
}
