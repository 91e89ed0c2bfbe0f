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
        return new ProductView(product.getSku(), product.getName(), product.getCategory(), product.getOnHand(),
                product.getReserved(), product.getAvailable(), product.getWeightGrams(), product.getLengthMm(),
                product.getWidthMm(), product.getHeightMm(), product.isFragile(), product.getExpectedRestockDate(),
                product.getAlternativeSkus());
    }
}
