package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Steps 5 and 6: with the invoice number known, the package is packed and labelled. */
@ApplicationScoped
public class InvoicePreparedHandler implements EventHandler<InvoicePrepared> {

    private final ShipmentService shipments;

    InvoicePreparedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(InvoicePrepared event, EventContext context) {
        shipments.packAndLabel(event.orderId(), event.invoiceNumber());
    }
}
