package com.example.fulfillment.billing.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.example.fulfillment.billing.domain.Price;

public record PriceResponse(String sku, BigDecimal unitPrice, String currency, Instant updatedAt) {

    static PriceResponse of(Price price, String currency) {
        return new PriceResponse(price.getSku(), price.getUnitPrice(), currency, price.getUpdatedAt());
    }
}
