package com.example.fulfillment.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/** What ops state about a product when they create or correct it. */
public record ProductDetails(String name, String category, int onHand, int weightGrams, int lengthMm, int widthMm,
        int heightMm, boolean fragile, LocalDate expectedRestockDate, List<String> alternativeSkus) {
}
