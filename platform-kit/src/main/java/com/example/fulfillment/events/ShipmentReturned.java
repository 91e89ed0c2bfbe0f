package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.OrderLine;

/** The carrier brought the package back (return to sender): its items are physically in the warehouse again. */
public record ShipmentReturned(String orderId, String trackingNumber, List<OrderLine> items) implements SagaEvent {
}
