package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderRefunded;

@ApplicationScoped
public class OrderRefundedHandler implements EventHandler<OrderRefunded> {

    private final InvoiceService invoices;

    OrderRefundedHandler(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void handle(OrderRefunded event, EventContext context) {
        invoices.refund(event);
    }
}
