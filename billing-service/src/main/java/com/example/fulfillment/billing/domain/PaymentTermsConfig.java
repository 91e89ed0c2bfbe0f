package com.example.fulfillment.billing.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The payment terms printed on every invoice, as invoicing law requires. */
@ConfigMapping(prefix = "billing.payment-terms")
public interface PaymentTermsConfig {

    /** Days after the invoice date by which it is to be paid. */
    @WithDefault("14")
    int days();
}
