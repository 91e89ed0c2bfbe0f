package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Billing's commercial settings: currency, fees, discount codes and tax rates, all owned by ops through config. */
@ConfigMapping(prefix = "billing")
public interface BillingConfig {

    /** ISO 4217 code every price and invoice is in; its default fraction digits set the rounding scale. */
    String currency();

    Fees fees();

    /**
     * Discount codes as KIND:VALUE, e.g. WELCOME10=PERCENT:10 or FIVEOFF=FIXED:5.00. Codes are matched
     * case-insensitively, since customers type them.
     */
    Map<String, String> discounts();

    /** Tax rate (0.19 for 19 %) by ISO 3166-1 alpha-2 destination country. */
    Map<String, BigDecimal> taxRates();

    /** Rate for a destination without an entry in tax-rates. */
    @WithDefault("0.20")
    BigDecimal defaultTaxRate();

    interface Fees {
        Map<ShippingMethod, BigDecimal> shipping();

        BigDecimal giftWrap();

        BigDecimal specialPackaging();
    }
}
