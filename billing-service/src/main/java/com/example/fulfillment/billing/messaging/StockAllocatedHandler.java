package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockAllocated;

@ApplicationScoped
public class StockAllocatedHandler implements EventHandler<StockAllocated> {

    private final InvoiceService invoices;

    StockAllocatedHandler(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void handle(StockAllocated event, EventContext context) {
        invoices.prepareInvoice(event);
    }
}
