package com.example.fulfillment.events.model;

import java.time.LocalDate;
import java.util.List;

/** A line that cannot be served now, with what the customer can be offered instead. */
public record StockShortage(String sku, int requested, int available, LocalDate expectedRestockDate,
        List<String> alternativeSkus) {
}
