package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.InvalidInput;
import com.example.fulfillment.order.domain.RecordingOrderEvents.Announcement;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final RecordingOrderEvents recorded = new RecordingOrderEvents();
    private final OrderEventPublisher events = recorded.publisher();

    @Test
    void aReceivedOrderIsAnnouncedWithEverythingTheOthersNeed() {
        Order order = received();

        assertEquals(OrderStatus.RECEIVED, order.getStatus());
        assertEquals(Announcement.of("orderReceived", order), recorded.all().get(0));
        assertEquals(List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)), order.lines());
        assertEquals("Für dich 🎁", order.getCheckout().getOptions().giftMessage());
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
        assertEquals(Announcement.of("orderStatusChanged", order.getId(), OrderStatus.RECEIVED,
                OrderStatus.AVAILABILITY_VERIFIED, "StockVerified from /inventory", T0.plusSeconds(1)),
                recorded.last());
    }

    @Test
    void aStatusTheLifeCycleDoesNotAllowIsRefusedAndChangesNothing() {
        Order order = received();
        int eventsBefore = recorded.all().size();

        assertThrows(TransitionNotAllowedException.class,
                () -> order.moveTo(OrderStatus.SHIPPED, "shipped", "Shipped", null, T0, events));

        assertEquals(OrderStatus.RECEIVED, order.getStatus());
        assertEquals(1, order.getTimeline().size());
        assertEquals(eventsBefore, recorded.all().size());
    }

    @Test
    void cancellingAnnouncesTheStatusItWasIn() {
        Order order = received();

        order.cancel("changed my mind", "customer", T0.plusSeconds(5), events);

        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(Announcement.of("orderCancelled", order.getId(), OrderStatus.RECEIVED, "changed my mind",
                "customer"), recorded.last());
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
        assertEquals(Announcement.of("reshipmentRequested", order.getId(),
                List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)), "grace", "parcel lost"),
                recorded.last());
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
        assertEquals(Announcement.of("orderRefunded", order.getId(), "grace", null), recorded.last());
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
        Order order = Order.receive(request, null, "fingerprint", "shop", T0);
        order.enterSaga(events);
        return order;
    }
}
