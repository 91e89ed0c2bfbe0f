package com.example.fulfillment.billing.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.example.fulfillment.billing.domain.Price;

/** updatedBy: who set it last (the token's user), null for prices set before that was recorded. */
public record PriceResponse(String sku, BigDecimal unitPrice, String currency, Instant updatedAt, String updatedBy) {

    static PriceResponse of(Price price, String currency) {
        return new PriceResponse(price.getSku(), price.getUnitPrice(), currency, price.getUpdatedAt(),
                price.getUpdatedBy());
    }
}
