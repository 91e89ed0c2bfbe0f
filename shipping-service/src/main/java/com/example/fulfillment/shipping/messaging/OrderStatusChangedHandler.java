package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Step 8: an order ready for shipment gets its transport arranged. */
@ApplicationScoped
public class OrderStatusChangedHandler implements EventHandler<OrderStatusChanged> {

    private final ShipmentService shipments;

    OrderStatusChangedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(OrderStatusChanged event, EventContext context) {
        // every other status change belongs to other steps of the saga
        if (event.to() == OrderStatus.READY_FOR_SHIPMENT) {
            shipments.arrangeTransport(event.orderId());
        }
    }
}
