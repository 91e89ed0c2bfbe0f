package com.example.fulfillment.order.domain;

import java.time.LocalDate;
import java.util.List;

/** A line inventory cannot serve now, with its restock date (if known) and the alternatives it offers. */
public record Shortage(String sku, int requested, int available, LocalDate expectedRestockDate,
        List<String> alternativeSkus) {
}
