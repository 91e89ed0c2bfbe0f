package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ShipmentApproved;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Step 9: the approved shipment is handed to the carrier. */
@ApplicationScoped
public class ShipmentApprovedHandler implements EventHandler<ShipmentApproved> {

    private final ShipmentService shipments;

    ShipmentApprovedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(ShipmentApproved event, EventContext context) {
        shipments.handOver(event.orderId());
    }
}
