package com.example.fulfillment.billing.documents;

import com.example.fulfillment.billing.domain.SellerConfig;

/** The issuer printed on billing documents, from billing.seller.* in the configuration. */
public record SellerDetails(String name, String address, String vatId) {

    public static SellerDetails of(SellerConfig seller) {
        return new SellerDetails(seller.name(), seller.address(), seller.vatId());
    }
}
