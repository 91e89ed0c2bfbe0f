package com.example.fulfillment.inventory.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.inventory.domain.StockMovement;
import com.example.fulfillment.inventory.domain.StockMovementCause;

@Schema(description = "One change of a product's stock and its cause")
public record StockMovementView(
        Instant occurredAt,
        StockMovementCause cause,
        @Schema(description = "change of onHand, negative when units left") int onHandDelta,
        @Schema(description = "change of reserved, negative when a reservation ended") int reservedDelta,
        int onHandAfter,
        int reservedAfter,
        @Schema(description = "the order that caused it; none for ops' own changes") String orderId,
        String note) {

    static StockMovementView of(StockMovement movement) {
        return new StockMovementView(movement.getOccurredAt(), movement.getCause(), movement.getOnHandDelta(),
                movement.getReservedDelta(), movement.getOnHandAfter(), movement.getReservedAfter(),
                movement.getOrderId(), movement.getNote());
    }
}
