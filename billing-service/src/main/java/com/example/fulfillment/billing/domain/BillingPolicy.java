package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Billing's commercial rules as configured: which fees an order pays, what a discount code is worth, which tax
 * rate its destination has. Parses the configuration once, so a mistyped discount fails the start, not an order.
 */
@ApplicationScoped
public class BillingPolicy {

    private final BillingConfig config;
    private final Currency currency;
    private final Map<String, DiscountRule> discountsByCode;
    private final Map<String, BigDecimal> taxRatesByCountry;

    public BillingPolicy(BillingConfig config) {
        this.config = config;
        this.currency = Currency.getInstance(config.currency());
        this.discountsByCode = config.discounts().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> normalized(entry.getKey()),
                        entry -> DiscountRule.parse(normalized(entry.getKey()), entry.getValue())));
        this.taxRatesByCountry = config.taxRates().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> normalized(entry.getKey()), Map.Entry::getValue));
        validateFees();
        taxRatesByCountry.forEach((country, rate) -> requireRate("billing.tax-rates." + country, rate));
        requireRate("billing.default-tax-rate", config.defaultTaxRate());
    }

    /** A wrong fee or rate must stop the start, not dead-letter every order that meets it. */
    private void validateFees() {
        for (ShippingMethod method : ShippingMethod.values()) {
            requireAmount("billing.fees.shipping." + method, config.fees().shipping().get(method));
        }
        requireAmount("billing.fees.gift-wrap", config.fees().giftWrap());
        requireAmount("billing.fees.special-packaging", config.fees().specialPackaging());
    }

    private void requireAmount(String key, BigDecimal amount) {
        if (amount == null || amount.signum() < 0
                || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalStateException(key + " must be an amount of zero or more in " + currency
                    + ", with at most " + currency.getDefaultFractionDigits() + " decimals, not " + amount);
        }
    }

    private static void requireRate(String key, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalStateException(key + " must be a rate from 0 to below 1 (0.19 for 19 %), not " + rate);
        }
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public InvoiceCalculator calculator() {
        return new InvoiceCalculator(currency.getDefaultFractionDigits());
    }

    public List<ChargeableItem> feesFor(ShippingMethod method, boolean giftWrap, boolean specialPackaging) {
        List<ChargeableItem> fees = new ArrayList<>();
        fees.add(ChargeableItem.fee("Shipping (" + method + ")", config.fees().shipping().get(method)));
        if (giftWrap) {
            fees.add(ChargeableItem.fee("Gift wrapping", config.fees().giftWrap()));
        }
        if (specialPackaging) {
            fees.add(ChargeableItem.fee("Special packaging", config.fees().specialPackaging()));
        }
        return fees;
    }

    /** Empty for no code and for a code billing does not know; {@link #isUnknownDiscount} tells them apart. */
    public Optional<DiscountRule> discountFor(String code) {
        return isBlank(code) ? Optional.empty() : Optional.ofNullable(discountsByCode.get(normalized(code)));
    }

    public boolean isUnknownDiscount(String code) {
        return !isBlank(code) && !discountsByCode.containsKey(normalized(code));
    }

    public BigDecimal taxRateFor(String country) {
        return isBlank(country) ? config.defaultTaxRate()
                : taxRatesByCountry.getOrDefault(normalized(country), config.defaultTaxRate());
    }

    private static String normalized(String key) {
        return key.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
