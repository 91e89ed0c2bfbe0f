package com.example.fulfillment.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event of the saga, in one list: the CloudEvents type of an event is its simple class name,
 * and this is where a type read from the wire is turned back into its contract. docs/events.md describes them.
 */
public final class EventCatalog {

    public static final List<Class<? extends SagaEvent>> EVENTS = List.of(
            OrderReceived.class,
            StockVerified.class,
            StockUnavailable.class,
            OrderVerificationApproved.class,
            OrderVerificationRejected.class,
            StockAllocated.class,
            StockReleased.class,
            InvoicePrepared.class,
            InvoiceVoided.class,
            OrderPacked.class,
            ShippingLabelCreated.class,
            OrderStatusChanged.class,
            OrderReadyForShipment.class,
            TransportArranged.class,
            ShipmentApproved.class,
            ShipmentRejected.class,
            Shipped.class,
            TrackingUpdated.class,
            TrackingConfirmed.class,
            TrackingConfirmationRejected.class,
            DeliveryConfirmed.class,
            OrderCompleted.class,
            OrderCancelled.class,
            CustomerNotified.class,
            OrderDocumentsFiled.class,
            OrderAmended.class,
            ShipmentCancelled.class,
            DeliveryIssueReported.class,
            ShipmentReturned.class,
            ReshipmentRequested.class,
            OrderRefunded.class,
            RefundIssued.class);

    private static final Map<String, Class<? extends SagaEvent>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    public static String typeOf(Class<? extends SagaEvent> eventClass) {
        return eventClass.getSimpleName();
    }

    public static Optional<Class<? extends SagaEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
