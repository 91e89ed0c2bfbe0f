package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderCancelled;

@ApplicationScoped
public class OrderCancelledHandler implements EventHandler<OrderCancelled> {

    private final InvoiceService invoices;

    OrderCancelledHandler(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void handle(OrderCancelled event, EventContext context) {
        invoices.voidInvoice(event);
    }
}
