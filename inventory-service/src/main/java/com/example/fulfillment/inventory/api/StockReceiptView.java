package com.example.fulfillment.inventory.api;

import java.time.Instant;

import com.example.fulfillment.inventory.domain.StockReceipt;

public record StockReceiptView(Instant receivedAt, int quantity, String note, String receivedBy) {

    static StockReceiptView of(StockReceipt receipt) {
        return new StockReceiptView(receipt.getReceivedAt(), receipt.getQuantity(), receipt.getNote(),
                receipt.getReceivedBy());
    }
}
