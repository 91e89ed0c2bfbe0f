package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.order.domain.SagaProgress;

/** The parcel is packed: the packing slip joins the dossier; with a label the order is ready. */
@ApplicationScoped
public class OrderPackedHandler implements EventHandler<OrderPacked> {

    private final SagaProgress progress;

    OrderPackedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(OrderPacked event, EventContext context) {
        progress.orderPacked(event, context);
    }
}
