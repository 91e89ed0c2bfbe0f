package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a discount code takes off the merchandise subtotal: a percentage of it or a fixed amount. The result
 * is unrounded and never more than the subtotal; {@link InvoiceCalculator} rounds it once per invoice.
 */
public record DiscountRule(String code, Kind kind, BigDecimal value) {

    public enum Kind {
        PERCENT, FIXED
    }

    public DiscountRule {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("discount " + code + " needs a value of zero or more");
        }
        if (kind == Kind.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("discount " + code + " cannot take more than 100 percent");
        }
    }

    /** Parses the config notation KIND:VALUE, e.g. PERCENT:10 or FIXED:5.00. */
    public static DiscountRule parse(String code, String definition) {
        String[] parts = definition.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("discount " + code + " must be KIND:VALUE, not " + definition);
        }
        try {
            return new DiscountRule(code, Kind.valueOf(parts[0].trim().toUpperCase(Locale.ROOT)),
                    new BigDecimal(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("discount " + code + " must be PERCENT:n or FIXED:amount, not "
                    + definition, e);
        }
    }

    public BigDecimal unroundedAmountOf(BigDecimal merchandiseSubtotal) {
        BigDecimal amount = switch (kind) {
            case PERCENT -> merchandiseSubtotal.multiply(value).movePointLeft(2);
            case FIXED -> value;
        };
        return amount.min(merchandiseSubtotal).max(BigDecimal.ZERO);
    }
}
