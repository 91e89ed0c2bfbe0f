package com.example.fulfillment.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {

    private final InvoiceCalculator calculator = new InvoiceCalculator(2);

    @Test
    void line_amounts_are_exact_and_every_amount_keeps_two_decimals() {
        InvoiceCalculation result = calculator.calculate(List.of(
                ChargeableItem.product("Mug", "MUG", 3, new BigDecimal("3")),
                ChargeableItem.fee("Shipping", new BigDecimal("4.9"))), Optional.empty(), new BigDecimal("0.00"));

        assertEquals(new BigDecimal("3.00"), result.lines().get(0).unitPrice());
        assertEquals(new BigDecimal("9.00"), result.lines().get(0).amount());
        assertEquals(new BigDecimal("9.00"), result.subtotal());
        assertEquals(new BigDecimal("0.00"), result.discountTotal());
        assertEquals(new BigDecimal("4.90"), result.feesTotal());
        assertEquals(new BigDecimal("0.00"), result.taxTotal());
        assertEquals(new BigDecimal("13.90"), result.total());
    }

    @Test
    void tax_is_rounded_half_up_once_per_invoice_not_per_line() {
        // 0.05 × 0.10 = 0.005 per line: rounded per line that would be 0.01 × 3 = 0.03; once, it is 0.015 → 0.02
        InvoiceCalculation result = calculator.calculate(List.of(
                ChargeableItem.product("A", "A", 1, new BigDecimal("0.05")),
                ChargeableItem.product("B", "B", 1, new BigDecimal("0.05")),
                ChargeableItem.product("C", "C", 1, new BigDecimal("0.05"))), Optional.empty(), new BigDecimal("0.10"));

        assertEquals(new BigDecimal("0.02"), result.taxTotal());
        assertEquals(new BigDecimal("0.17"), result.total());
    }

    @Test
    void tax_at_exactly_half_a_cent_rounds_up() {
        // 10.05 × 0.10 = 1.005
        InvoiceCalculation result = calculator.calculate(
                List.of(ChargeableItem.product("A", "A", 1, new BigDecimal("10.05"))), Optional.empty(),
                new BigDecimal("0.10"));

        assertEquals(new BigDecimal("1.01"), result.taxTotal());
        assertEquals(new BigDecimal("11.06"), result.total());
    }

    @Test
    void percent_discount_at_half_a_cent_rounds_up_and_tax_applies_after_it() {
        // 10 % of 0.25 = 0.025 → 0.03; taxable 0.22 + 4.90 = 5.12; 19 % of it = 0.9728 → 0.97
        InvoiceCalculation result = calculator.calculate(List.of(
                ChargeableItem.product("Sticker", "STK", 5, new BigDecimal("0.05")),
                ChargeableItem.fee("Shipping", new BigDecimal("4.90"))),
                Optional.of(DiscountRule.parse("WELCOME10", "PERCENT:10")), new BigDecimal("0.19"));

        assertEquals(new BigDecimal("0.25"), result.subtotal());
        assertEquals(new BigDecimal("0.03"), result.discountTotal());
        assertEquals(new BigDecimal("0.97"), result.taxTotal());
        assertEquals(new BigDecimal("6.09"), result.total());
    }

    @Test
    void fixed_discount_comes_off_the_merchandise() {
        InvoiceCalculation result = calculator.calculate(
                List.of(ChargeableItem.product("Lamp", "LAMP", 2, new BigDecimal("24.95"))),
                Optional.of(DiscountRule.parse("FIVEOFF", "FIXED:5.00")), new BigDecimal("0.20"));

        assertEquals(new BigDecimal("49.90"), result.subtotal());
        assertEquals(new BigDecimal("5.00"), result.discountTotal());
        assertEquals(new BigDecimal("8.98"), result.taxTotal());
        assertEquals(new BigDecimal("53.88"), result.total());
    }

    @Test
    void discount_larger_than_the_merchandise_stops_at_zero_and_never_reduces_fees() {
        InvoiceCalculation result = calculator.calculate(List.of(
                ChargeableItem.product("Pen", "PEN", 1, new BigDecimal("2.00")),
                ChargeableItem.fee("Shipping", new BigDecimal("4.90")),
                ChargeableItem.fee("Gift wrapping", new BigDecimal("3.50"))),
                Optional.of(DiscountRule.parse("FIVEOFF", "FIXED:5.00")), new BigDecimal("0.20"));

        assertEquals(new BigDecimal("2.00"), result.discountTotal());
        assertEquals(new BigDecimal("8.40"), result.feesTotal());
        assertEquals(new BigDecimal("1.68"), result.taxTotal());
        assertEquals(new BigDecimal("10.08"), result.total());
    }

    @Test
    void fees_are_taxed_with_the_merchandise() {
        InvoiceCalculation result = calculator.calculate(List.of(
                ChargeableItem.product("Book", "BOOK", 1, new BigDecimal("10.00")),
                ChargeableItem.fee("Shipping (EXPRESS)", new BigDecimal("9.90")),
                ChargeableItem.fee("Special packaging", new BigDecimal("2.50"))), Optional.empty(),
                new BigDecimal("0.21"));

        assertEquals(new BigDecimal("10.00"), result.subtotal());
        assertEquals(new BigDecimal("12.40"), result.feesTotal());
        assertEquals(new BigDecimal("4.70"), result.taxTotal()); // 22.40 × 0.21 = 4.704
        assertEquals(new BigDecimal("27.10"), result.total());
    }

    @Test
    void a_price_finer_than_the_currency_is_refused_rather_than_rounded() {
        assertThrows(IllegalArgumentException.class, () -> calculator.calculate(
                List.of(ChargeableItem.product("A", "A", 1, new BigDecimal("1.005"))), Optional.empty(),
                BigDecimal.ZERO));
    }

    @Test
    void a_line_needs_a_quantity() {
        assertThrows(IllegalArgumentException.class, () -> calculator.calculate(
                List.of(ChargeableItem.product("A", "A", 0, new BigDecimal("1.00"))), Optional.empty(),
                BigDecimal.ZERO));
    }
}
