package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReadyForShipment;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.ShipmentApproved;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.shipping.domain.CarrierPlatformUnavailable;
import com.example.fulfillment.shipping.domain.ShipmentService;

/**
 * What shipping takes from the rest of the saga. Of the domain's refusals only the carrier platform's
 * unavailability is retried: an order's events come in order on its partition, so one that finds its shipment
 * unprepared means an earlier step is missing, and waiting would not bring it; an address the platform cannot
 * serve, or no rate that meets the method, is dead-lettered with the platform's words for ops to act on.
 */
@ApplicationScoped
public class ShippingEventConsumer implements EventConsumer {

    private final ShipmentService shipments;

    ShippingEventConsumer(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(OrderReceived.class, this::orderReceived)
                .on(StockAllocated.class, this::stockAllocated)
                .on(InvoicePrepared.class, this::invoicePrepared)
                .on(OrderReadyForShipment.class, this::orderReadyForShipment)
                .on(ShipmentApproved.class, this::shipmentApproved)
                .on(ReshipmentRequested.class, this::reshipmentRequested)
                .on(OrderCancelled.class, this::orderCancelled)
                // the platform down or too slow: the same call passes later, so the event waits for it
                .notYetPossibleWhen(CarrierPlatformUnavailable.class);
    }

    /** Step 1: keeps what shipping needs of the order (address, method, packing wishes). */
    void orderReceived(OrderReceived event, EventContext context) {
        shipments.receive(ShippingWire.orderToShip(event));
    }

    /** Step 3: keeps the allocated items with the facts packing needs. */
    void stockAllocated(StockAllocated event, EventContext context) {
        shipments.allocate(event.orderId(), ShippingWire.items(event.items()));
    }

    /** Steps 5 and 6: with the invoice number known, the package is packed and labelled. */
    void invoicePrepared(InvoicePrepared event, EventContext context) {
        shipments.packAndLabel(event.orderId(), event.invoiceNumber());
    }

    /** Step 8: an order ready for shipment gets its transport arranged. */
    void orderReadyForShipment(OrderReadyForShipment event, EventContext context) {
        shipments.arrangeTransport(event.orderId());
    }

    /** Step 9: the approved shipment is handed to the carrier. */
    void shipmentApproved(ShipmentApproved event, EventContext context) {
        shipments.handOver(event.orderId());
    }

    /** Step 9′: ops send the order again after a failed delivery; it is packed and labelled anew. */
    void reshipmentRequested(ReshipmentRequested event, EventContext context) {
        shipments.reship(event.orderId(), ShippingWire.lines(event.lines()), event.requestedBy(), event.reason());
    }

    /** The way out: a shipment not yet handed over is cancelled and its label voided. */
    void orderCancelled(OrderCancelled event, EventContext context) {
        shipments.cancel(event.orderId(), event.reason());
    }
}
