package com.example.fulfillment.billing.api;

import com.example.fulfillment.billing.domain.SellerConfig;

/** The issuer printed on billing documents, from billing.seller.* in the configuration. */
public record SellerDetails(String name, String address, String vatId) {

    static SellerDetails of(SellerConfig seller) {
        return new SellerDetails(seller.name(), seller.address(), seller.vatId());
    }
}
