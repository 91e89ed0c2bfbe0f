package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.inventory.domain.StockCheckService;

@ApplicationScoped
public class OrderReceivedHandler implements EventHandler<OrderReceived> {

    private final StockCheckService stockCheck;

    OrderReceivedHandler(StockCheckService stockCheck) {
        this.stockCheck = stockCheck;
    }

    @Override
    public void handle(OrderReceived event, EventContext context) {
        stockCheck.check(event.orderId(), OrderLines.required(event.orderId(), event.lines()));
    }
}
