package com.example.fulfillment.order.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.SagaEvent;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.order.domain.Address;
import com.example.fulfillment.order.domain.Customer;
import com.example.fulfillment.order.domain.NewOrder;
import com.example.fulfillment.order.domain.Order;
import com.example.fulfillment.order.domain.OrderLine;
import com.example.fulfillment.order.domain.OrderOptions;
import com.example.fulfillment.order.domain.OrderRules;
import com.example.fulfillment.order.domain.OrderStatus;
import com.example.fulfillment.order.domain.ShippingMethod;

/** The order's facts as the other services read them: the wire events the adapter writes to the outbox. */
class OutboxOrderEventPublisherTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final List<SagaEvent> written = new ArrayList<>();
    private final OutboxOrderEventPublisher publisher = new OutboxOrderEventPublisher(written::add);

    @Test
    void aReceivedOrderCarriesEverythingTheOthersNeed() {
        Order order = Order.receive(OrderRules.check(new NewOrder(
                new Customer("Ann", "ann@example.com", "+49 30 1234567"),
                new Address("Ann", "Main St 1", "Berlin", "10115", null, "DE"), ShippingMethod.STANDARD,
                List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)),
                new OrderOptions(true, true, "Für dich 🎁"), null, null)), null, "fingerprint", "shop", T0);
        order.enterSaga(publisher);

        OrderReceived received = (OrderReceived) written.get(0);
        assertEquals(order.getId(), received.orderId());
        assertEquals(List.of(new com.example.fulfillment.events.model.OrderLine("SKU-1", 2),
                new com.example.fulfillment.events.model.OrderLine("SKU-2", 1)), received.lines());
        assertEquals("Für dich 🎁", received.options().giftMessage());
        assertEquals("ann@example.com", received.customer().email());
        assertEquals(com.example.fulfillment.events.model.ShippingMethod.STANDARD, received.shippingMethod());
        assertEquals(List.of(NotificationChannel.EMAIL, NotificationChannel.PORTAL), received.notificationChannels(),
                "the default channels, as chosen at intake");
        assertEquals(T0, received.receivedAt());
    }

    @Test
    void statusesAndLinesAreTranslatedOneToOne() {
        publisher.orderStatusChanged("o-1", OrderStatus.RECEIVED, OrderStatus.AVAILABILITY_VERIFIED, "StockVerified",
                T0);
        publisher.orderCancelled("o-1", OrderStatus.ALLOCATED, "changed my mind", "customer");
        publisher.reshipmentRequested("o-1", List.of(new OrderLine("SKU-1", 2)), "grace", "parcel lost");
        publisher.orderRefunded("o-1", "grace", null);

        assertEquals(List.of(
                new OrderStatusChanged("o-1", com.example.fulfillment.events.model.OrderStatus.RECEIVED,
                        com.example.fulfillment.events.model.OrderStatus.AVAILABILITY_VERIFIED, "StockVerified", T0),
                new OrderCancelled("o-1", com.example.fulfillment.events.model.OrderStatus.ALLOCATED,
                        "changed my mind", "customer"),
                new ReshipmentRequested("o-1", List.of(new com.example.fulfillment.events.model.OrderLine("SKU-1", 2)),
                        "grace", "parcel lost"),
                new OrderRefunded("o-1", "grace", null)), written);
    }
}
