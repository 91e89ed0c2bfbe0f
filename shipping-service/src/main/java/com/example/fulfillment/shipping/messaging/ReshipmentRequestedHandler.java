package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Step 9′: ops send the order again after a failed delivery; it is packed and labelled anew. */
@ApplicationScoped
public class ReshipmentRequestedHandler implements EventHandler<ReshipmentRequested> {

    private final ShipmentService shipments;

    ReshipmentRequestedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(ReshipmentRequested event, EventContext context) {
        shipments.reship(event.orderId(), event.lines(), event.requestedBy(), event.reason());
    }
}
