package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ReshipmentRequested;

@ApplicationScoped
public class ReshipmentRequestedHandler implements EventHandler<ReshipmentRequested> {

    private final InvoiceService invoices;

    ReshipmentRequestedHandler(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void handle(ReshipmentRequested event, EventContext context) {
        invoices.recordReshipment(event);
    }
}
