package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.order.domain.SagaProgress;

/** Billing credited the invoice: timeline, and the order view shows the refund. */
@ApplicationScoped
public class RefundIssuedHandler implements EventHandler<RefundIssued> {

    private final SagaProgress progress;

    RefundIssuedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(RefundIssued event, EventContext context) {
        progress.refundIssued(event, context);
    }
}
