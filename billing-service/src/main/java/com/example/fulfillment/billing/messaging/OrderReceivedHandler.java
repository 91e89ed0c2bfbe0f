package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderReceived;

@ApplicationScoped
public class OrderReceivedHandler implements EventHandler<OrderReceived> {

    private final InvoiceService invoices;

    OrderReceivedHandler(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void handle(OrderReceived event, EventContext context) {
        invoices.recordOrder(event);
    }
}
