package com.example.fulfillment.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BillingPolicyTest {

    private final BillingPolicy policy = new BillingPolicy(config(Map.of("WELCOME10", "PERCENT:10",
            "FIVEOFF", "FIXED:5.00")));

    @Test
    void tax_rate_follows_the_destination_country_with_a_default_for_the_rest() {
        assertEquals(new BigDecimal("0.19"), policy.taxRateFor("DE"));
        assertEquals(new BigDecimal("0.19"), policy.taxRateFor("de"));
        assertEquals(new BigDecimal("0.21"), policy.taxRateFor("NL"));
        assertEquals(new BigDecimal("0.00"), policy.taxRateFor("US"));
        assertEquals(new BigDecimal("0.20"), policy.taxRateFor("IT"));
        assertEquals(new BigDecimal("0.20"), policy.taxRateFor(null));
    }

    @Test
    void shipping_is_charged_by_method_and_options_per_order_when_chosen() {
        List<ChargeableItem> plain = policy.feesFor(ShippingMethod.SAME_DAY, false, false);
        List<ChargeableItem> all = policy.feesFor(ShippingMethod.STANDARD, true, true);

        assertEquals(List.of(new BigDecimal("14.90")), plain.stream().map(ChargeableItem::unitPrice).toList());
        assertEquals(List.of(new BigDecimal("4.90"), new BigDecimal("3.50"), new BigDecimal("2.50")),
                all.stream().map(ChargeableItem::unitPrice).toList());
        assertTrue(all.stream().allMatch(fee -> fee.kind() == InvoiceLineKind.FEE && fee.sku() == null));
    }

    @Test
    void discount_codes_are_matched_regardless_of_case_and_unknown_ones_are_told_apart_from_none() {
        assertEquals(DiscountRule.Kind.PERCENT, policy.discountFor("welcome10").orElseThrow().kind());
        assertTrue(policy.discountFor("NOPE").isEmpty());
        assertTrue(policy.isUnknownDiscount("NOPE"));
        assertFalse(policy.isUnknownDiscount(null));
        assertFalse(policy.isUnknownDiscount("FIVEOFF"));
    }

    @Test
    void a_mistyped_discount_in_the_config_fails_at_start() {
        assertThrows(IllegalArgumentException.class, () -> new BillingPolicy(config(Map.of("BAD", "HALF:10"))));
    }

    @Test
    void a_rate_given_as_a_percentage_fails_at_start() {
        BillingConfig nineteenPercentTypedAsNineteen = new DelegatingConfig(config(Map.of())) {
            @Override
            public Map<String, BigDecimal> taxRates() {
                return Map.of("DE", new BigDecimal("19"));
            }
        };
        assertThrows(IllegalStateException.class, () -> new BillingPolicy(nineteenPercentTypedAsNineteen));
    }

    private static class DelegatingConfig implements BillingConfig {
        private final BillingConfig delegate;

        DelegatingConfig(BillingConfig delegate) {
            this.delegate = delegate;
        }

        @Override
        public String currency() {
            return delegate.currency();
        }

        @Override
        public Fees fees() {
            return delegate.fees();
        }

        @Override
        public Map<String, String> discounts() {
            return delegate.discounts();
        }

        @Override
        public Map<String, BigDecimal> taxRates() {
            return delegate.taxRates();
        }

        @Override
        public BigDecimal defaultTaxRate() {
            return delegate.defaultTaxRate();
        }
    }

    private static BillingConfig config(Map<String, String> discounts) {
        return new BillingConfig() {
            @Override
            public String currency() {
                return "EUR";
            }

            @Override
            public Fees fees() {
                return new Fees() {
                    @Override
                    public Map<ShippingMethod, BigDecimal> shipping() {
                        return Map.of(ShippingMethod.STANDARD, new BigDecimal("4.90"), ShippingMethod.EXPRESS,
                                new BigDecimal("9.90"), ShippingMethod.SAME_DAY, new BigDecimal("14.90"));
                    }

                    @Override
                    public BigDecimal giftWrap() {
                        return new BigDecimal("3.50");
                    }

                    @Override
                    public BigDecimal specialPackaging() {
                        return new BigDecimal("2.50");
                    }
                };
            }

            @Override
            public Map<String, String> discounts() {
                return discounts;
            }

            @Override
            public Map<String, BigDecimal> taxRates() {
                return Map.of("DE", new BigDecimal("0.19"), "NL", new BigDecimal("0.21"), "US",
                        new BigDecimal("0.00"));
            }

            @Override
            public BigDecimal defaultTaxRate() {
                return new BigDecimal("0.20");
            }
        };
    }
}
