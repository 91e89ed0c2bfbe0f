package com.example.fulfillment.billing.domain;

import io.smallrye.config.ConfigMapping;

/** Who issues the invoices and credit notes: printed on every document, as invoicing law requires. */
@ConfigMapping(prefix = "billing.seller")
public interface SellerConfig {

    /** The seller's legal name. */
    String name();

    /** The seller's postal address, on one line. */
    String address();

    /** The seller's VAT identification number, e.g. DE123456789. */
    String vatId();
}
