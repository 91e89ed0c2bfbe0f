package com.example.fulfillment.events;

import java.time.Instant;

/**
 * Step 7: the order is invoiced, packed and labelled, so shipping may arrange its transport. A fact of its own, so
 * that shipping reacts to what it needs instead of filtering every status change of every order.
 */
public record OrderReadyForShipment(String orderId, Instant readyAt) implements SagaEvent {
}
