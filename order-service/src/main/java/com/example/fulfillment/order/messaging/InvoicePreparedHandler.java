package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.order.domain.SagaProgress;

/** The invoice is ready: the order is INVOICED and the invoice joins the dossier. */
@ApplicationScoped
public class InvoicePreparedHandler implements EventHandler<InvoicePrepared> {

    private final SagaProgress progress;

    InvoicePreparedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(InvoicePrepared event, EventContext context) {
        progress.invoicePrepared(event, context);
    }
}
