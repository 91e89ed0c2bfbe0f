package com.example.fulfillment.inventory.domain;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.inventory.persistence.StockMovementRepository;

/**
 * Writes a stock movement in the transaction that changes the stock, so that the ledger and the counts never
 * disagree. Changes that move nothing (a correction to the same count) leave no entry.
 */
@ApplicationScoped
public class StockLedger {

    private final StockMovementRepository movements;

    StockLedger(StockMovementRepository movements) {
        this.movements = movements;
    }

    /** @param product the product as it is after the change */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Product product, StockMovementCause cause, int onHandDelta, int reservedDelta, String orderId,
            String note, Instant at) {
        StockMovement movement = StockMovement.of(product, cause, onHandDelta, reservedDelta, orderId, note, at);
        if (movement.changesSomething()) {
            movements.persist(movement);
        }
    }
}
