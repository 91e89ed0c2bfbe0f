package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.InvalidInput;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.SagaEvent;
import com.example.fulfillment.order.messaging.OutboxOrderEventPublisher;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final List<SagaEvent> published = new ArrayList<>();
    private final OrderEventPublisher events = new OutboxOrderEventPublisher(published::add);

    @Test
    void aReceivedOrderIsAnnouncedWithEverythingTheOthersNeed() {
        Order order = received();

        assertEquals(OrderStatus.RECEIVED, order.getStatus());
        OrderReceived announced = (OrderReceived) published.get(0);
        assertEquals(order.getId(), announced.orderId());
        assertEquals(List.of(new com.example.fulfillment.events.model.OrderLine("SKU-1", 2),
                new com.example.fulfillment.events.model.OrderLine("SKU-2", 1)), announced.lines());
        assertEquals("Für dich 🎁", announced.options().giftMessage());
        assertEquals("order received", order.getTimeline().get(0).getStep());
    }

    @Test
    void aStatusChangeIsCheckedRecordedAndAnnounced() {
        Order order = received();

        order.moveTo(OrderStatus.AVAILABILITY_VERIFIED, "availability verified", "StockVerified from /inventory",
                "2 lines", T0.plusSeconds(1), events);

        assertEquals(OrderStatus.AVAILABILITY_VERIFIED, order.getStatus());
        TimelineEntry last = order.getTimeline().get(order.getTimeline().size() - 1);
        assertEquals(OrderStatus.AVAILABILITY_VERIFIED, last.getStatus());
        assertEquals("StockVerified from /inventory", last.getCause());
        assertEquals(new OrderStatusChanged(order.getId(), com.example.fulfillment.events.model.OrderStatus.RECEIVED,
                com.example.fulfillment.events.model.OrderStatus.AVAILABILITY_VERIFIED,
                "StockVerified from /inventory", T0.plusSeconds(1)), published.get(published.size() - 1));
    }

    @Test
    void aStatusTheLifeCycleDoesNotAllowIsRefusedAndChangesNothing() {
        Order order = received();
        int eventsBefore = published.size();

        assertThrows(TransitionNotAllowedException.class,
                () -> order.moveTo(OrderStatus.SHIPPED, "shipped", "Shipped", null, T0, events));

        assertEquals(OrderStatus.RECEIVED, order.getStatus());
        assertEquals(1, order.getTimeline().size());
        assertEquals(eventsBefore, published.size());
    }

    @Test
    void cancellingAnnouncesTheStatusItWasIn() {
        Order order = received();

        order.cancel("changed my mind", "customer", T0.plusSeconds(5), events);

        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(new OrderCancelled(order.getId(), com.example.fulfillment.events.model.OrderStatus.RECEIVED,
                "changed my mind", "customer"),
                published.get(published.size() - 1));
    }

    @Test
    void onlyOrdersThatHaveNotShippedCanBeCancelled() {
        assertTrue(OrderTransitions.cancellable(OrderStatus.SHIPMENT_APPROVED));
        assertFalse(OrderTransitions.cancellable(OrderStatus.SHIPPED));
        assertFalse(OrderTransitions.cancellable(OrderStatus.COMPLETED));
        assertFalse(OrderTransitions.cancellable(OrderStatus.CANCELLED));
    }

    @Test
    void aLaterStatusHasReachedTheEarlierOnesButNotTheOtherWayRound() {
        assertTrue(OrderTransitions.reached(OrderStatus.INVOICED, OrderStatus.ALLOCATED));
        assertFalse(OrderTransitions.reached(OrderStatus.AWAITING_STOCK, OrderStatus.AVAILABILITY_VERIFIED));
        assertFalse(OrderTransitions.reached(OrderStatus.CANCELLED, OrderStatus.ALLOCATED));
    }

    @Test
    void aRepeatedFactIsRecognisedByItsReference() {
        Order order = received();
        order.record(T0, "customer notified", "CustomerNotified", "email", "CustomerNotified:n-1");

        assertTrue(order.hasRecorded("CustomerNotified:n-1"));
        assertFalse(order.hasRecorded("CustomerNotified:n-2"));
    }

    @Test
    void orderRulesNameTheDuplicateSkuAndTheMissingPhone() {
        NewOrder request = new NewOrder(new Customer("Ann", "ann@example.com", null),
                new Address("Ann", "Main St 1", "Berlin", "10115", null, "DE"), ShippingMethod.STANDARD,
                List.of(new OrderLine("SKU-1", 1), new OrderLine("SKU-1", 2)), null,
                List.of(NotificationChannel.SMS), null);

        InvalidInput problem = assertThrows(InvalidInput.class, () -> OrderRules.check(request));

        assertEquals(List.of("lines[1].sku", "customer.phone"),
                problem.errors().stream().map(v -> v.field()).toList());
    }

    @Test
    void orderRulesCountGiftMessageCharactersNotUtf16Units() {
        String emojis = "🎁".repeat(OrderRules.MAX_GIFT_MESSAGE_CHARACTERS);
        NewOrder request = new NewOrder(new Customer("Ann", "ann@example.com", null),
                new Address("Ann", "Main St 1", "Berlin", "10115", null, "DE"), ShippingMethod.STANDARD,
                List.of(new OrderLine("SKU-1", 1)), new OrderOptions(false, true, emojis), null, null);

        assertEquals(emojis, OrderRules.check(request).options().giftMessage());
        assertEquals(OrderRules.DEFAULT_CHANNELS, OrderRules.check(request).notificationChannels());
    }

    @Test
    void aDeliveryProblemWaitsForOpsWhoReshipOrRefund() {
        assertTrue(OrderTransitions.allowed(OrderStatus.SHIPPED, OrderStatus.DELIVERY_FAILED));
        assertTrue(OrderTransitions.allowed(OrderStatus.DELIVERED, OrderStatus.DELIVERY_ISSUE));
        assertTrue(OrderTransitions.allowed(OrderStatus.DELIVERY_ISSUE, OrderStatus.RESHIPPING));
        assertTrue(OrderTransitions.allowed(OrderStatus.DELIVERY_FAILED, OrderStatus.REFUNDED));
        assertTrue(OrderTransitions.allowed(OrderStatus.RESHIPPING, OrderStatus.READY_FOR_SHIPMENT));
        assertFalse(OrderTransitions.allowed(OrderStatus.DELIVERY_ISSUE, OrderStatus.COMPLETED));
        assertFalse(OrderTransitions.allowed(OrderStatus.SHIPPED, OrderStatus.REFUNDED));
        assertFalse(OrderTransitions.allowed(OrderStatus.REFUNDED, OrderStatus.RESHIPPING));
        assertFalse(OrderTransitions.awaitsOpsDecision(OrderStatus.SHIPPED));
        // a carrier's late "delivered" after a reported issue finds the order past delivery: nothing to do
        assertTrue(OrderTransitions.reached(OrderStatus.DELIVERY_ISSUE, OrderStatus.DELIVERED));
        assertFalse(OrderTransitions.reached(OrderStatus.RESHIPPING, OrderStatus.READY_FOR_SHIPMENT));
    }

    @Test
    void aReshipmentPacksAndLabelsAgainAndIsAnnouncedWithTheLines() {
        Order order = shippedThenFailed();

        order.reship("grace", "parcel lost", T0.plusSeconds(20), events);

        assertEquals(OrderStatus.RESHIPPING, order.getStatus());
        assertFalse(order.isReadyToShip());
        assertEquals(":reship1", order.shipmentPass());
        assertEquals(new com.example.fulfillment.events.ReshipmentRequested(order.getId(),
                List.of(new com.example.fulfillment.events.model.OrderLine("SKU-1", 2),
                        new com.example.fulfillment.events.model.OrderLine("SKU-2", 1)),
                "grace", "parcel lost"), published.get(published.size() - 1));
        order.markPacked();
        order.markLabelled("DHL", "TRK-NEW");
        assertTrue(order.isReadyToShip());
        assertEquals("TRK-NEW", order.getTrackingNumber());
    }

    @Test
    void aRefundEndsTheOrderAndNamesWhoDecided() {
        Order order = shippedThenFailed();

        order.refund("grace", null, T0.plusSeconds(20), events);

        assertEquals(OrderStatus.REFUNDED, order.getStatus());
        assertEquals(new com.example.fulfillment.events.OrderRefunded(order.getId(), "grace", null),
                published.get(published.size() - 1));
        assertEquals("no reason given", order.getTimeline().get(order.getTimeline().size() - 1).getDetail());
    }

    @Test
    void onlyAnOfferedAlternativeOfAShortLineReplacesIt() {
        Order order = received();
        order.rememberShortages(List.of(new Shortage("SKU-1", 2, 0,
                java.time.LocalDate.parse("2026-12-10"), List.of("SKU-1B", "SKU-2"))));

        assertEquals(List.of("replacements"), fields(order.replaceLines(List.of())));
        assertEquals(List.of("replacements[0].sku", "replacements[1].alternativeSku",
                "replacements[2].alternativeSku"), fields(order.replaceLines(List.of(
                        new LineReplacement("SKU-2", "SKU-1B"), new LineReplacement("SKU-1", "SKU-9"),
                        // SKU-2 is offered, but already a line of its own: merging would change its quantity
                        new LineReplacement("SKU-1", "SKU-2")))));
        assertEquals(List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)), order.lines());

        assertEquals(List.of(), order.replaceLines(List.of(new LineReplacement("SKU-1", "SKU-1B"))));
        assertEquals(List.of(new OrderLine("SKU-1B", 2), new OrderLine("SKU-2", 1)), order.lines());
        assertEquals(List.of(), order.shortages());
    }

    private static List<String> fields(List<InvalidInput.FieldError> violations) {
        return violations.stream().map(v -> v.field()).toList();
    }

    private Order shippedThenFailed() {
        Order order = received();
        for (OrderStatus next : List.of(OrderStatus.AVAILABILITY_VERIFIED, OrderStatus.VERIFIED, OrderStatus.ALLOCATED,
                OrderStatus.INVOICED)) {
            order.moveTo(next, next.name(), "test", null, T0, events);
        }
        order.markPacked();
        order.markLabelled("DHL", "TRK-1");
        assertTrue(order.isReadyToShip());
        for (OrderStatus next : List.of(OrderStatus.READY_FOR_SHIPMENT, OrderStatus.SHIPMENT_APPROVED,
                OrderStatus.SHIPPED, OrderStatus.DELIVERY_FAILED)) {
            order.moveTo(next, next.name(), "test", null, T0, events);
        }
        return order;
    }

    private Order received() {
        NewOrder request = OrderRules.check(new NewOrder(new Customer("Ann", "ann@example.com", "+49 30 1234567"),
                new Address("Ann", "Main St 1", "Berlin", "10115", null, "DE"), ShippingMethod.STANDARD,
                List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)),
                new OrderOptions(true, true, "Für dich 🎁"), null, null));
        return Order.receive(request, null, "fingerprint", T0, events);
    }
}
