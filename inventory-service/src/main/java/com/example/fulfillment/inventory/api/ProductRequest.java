package com.example.fulfillment.inventory.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.inventory.domain.Product;
import com.example.fulfillment.inventory.domain.ProductDetails;

@Schema(description = "A product as ops create or correct it; what is reserved for orders is not part of it")
public record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String category,
        @NotNull @PositiveOrZero @Max(Product.MAX_UNITS) @Schema(description = "units in the warehouse, reserved ones included") Integer onHand,
        @NotNull @Positive @Max(10_000_000) Integer weightGrams,
        @NotNull @Positive @Max(100_000) Integer lengthMm,
        @NotNull @Positive @Max(100_000) Integer widthMm,
        @NotNull @Positive @Max(100_000) Integer heightMm,
        boolean fragile,
        @Schema(description = "when a short product is expected back in stock") LocalDate expectedRestockDate,
        @Schema(description = "products to offer instead when this one is short") @Size(max = 20) List<@NotBlank @Size(max = 64) String> alternativeSkus) {

    ProductDetails toDetails() {
        return new ProductDetails(name, category, onHand, weightGrams, lengthMm, widthMm, heightMm, fragile,
                expectedRestockDate, alternativeSkus == null ? List.of() : alternativeSkus);
    }
}
