package com.example.fulfillment.inventory.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.inventory.domain.Product;

public record ProductView(String sku, String name, String category, int onHand, int reserved,
        @Schema(description = "onHand - reserved: what a new order can get") int available, int weightGrams,
        int lengthMm, int widthMm, int heightMm, boolean fragile, LocalDate expectedRestockDate,
        List<String> alternativeSkus) {

    static ProductView of(Product product) {
        return new ProductView(product.sku(), product.name(), product.category(), product.onHand(),
                product.reserved(), product.available(), product.weightGrams(), product.lengthMm(),
                product.widthMm(), product.heightMm(), product.fragile(), product.expectedRestockDate(),
                product.alternativeSkus());
    }
}
