package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.order.domain.SagaProgress;

/** An invoice was voided (after a cancellation): timeline only. */
@ApplicationScoped
public class InvoiceVoidedHandler implements EventHandler<InvoiceVoided> {

    private final SagaProgress progress;

    InvoiceVoidedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(InvoiceVoided event, EventContext context) {
        progress.invoiceVoided(event, context);
    }
}
