package com.example.fulfillment.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record StockReceiptRequest(@NotNull @Positive @Max(1_000_000) Integer quantity, @Size(max = 500) String note) {
}
