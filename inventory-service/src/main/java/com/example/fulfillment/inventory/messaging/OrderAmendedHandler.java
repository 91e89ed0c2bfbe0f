package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.OrderAmended;
import com.example.fulfillment.inventory.domain.StockCheckService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class OrderAmendedHandler implements EventHandler<OrderAmended> {

    private final StockCheckService stockCheck;

    OrderAmendedHandler(StockCheckService stockCheck) {
        this.stockCheck = stockCheck;
    }

    @Override
    public void handle(OrderAmended event, EventContext context) {
        try {
            stockCheck.amend(event.orderId(), OrderLines.required(event.orderId(), event.lines()), event.reason());
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
