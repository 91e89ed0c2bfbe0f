package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Computes an invoice's lines and totals.
 *
 * <p><b>Rounding rule.</b> Amounts are in the invoice currency at its scale {@code s} (2 for EUR).
 * <ul>
 * <li>Unit prices and fees carry at most {@code s} decimals, so every line amount, unit price × quantity, is
 * exact and never rounded; so are the merchandise subtotal (sum of product lines) and the fees total.</li>
 * <li>The discount is computed on the merchandise subtotal, capped at it (a discount never makes the
 * merchandise negative), and rounded once for the whole invoice, HALF_UP to {@code s} decimals.</li>
 * <li>Tax is the destination's rate applied to (subtotal − discount + fees), rounded once for the whole
 * invoice, HALF_UP to {@code s} decimals; it is never computed per line, so lines never disagree with the
 * total by a rounding cent.</li>
 * <li>total = subtotal − discount + fees + tax, exact from the rounded parts.</li>
 * </ul>
 * Every amount keeps scale {@code s}: 9.00, not 9.
 */
public final class InvoiceCalculator {

    private final int scale;

    public InvoiceCalculator(int currencyScale) {
        this.scale = currencyScale;
    }

    public InvoiceCalculation calculate(List<ChargeableItem> items, Optional<DiscountRule> discount,
            BigDecimal taxRate) {
        List<InvoiceCalculation.Line> lines = items.stream().map(this::line).toList();
        BigDecimal subtotal = sumOf(lines, InvoiceLineKind.PRODUCT);
        BigDecimal feesTotal = sumOf(lines, InvoiceLineKind.FEE);
        BigDecimal discountTotal = discount.map(rule -> rule.unroundedAmountOf(subtotal))
                .orElse(BigDecimal.ZERO)
                .setScale(scale, RoundingMode.HALF_UP);
        BigDecimal taxable = subtotal.subtract(discountTotal).add(feesTotal);
        BigDecimal taxTotal = taxable.multiply(taxRate).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal total = taxable.add(taxTotal);
        return new InvoiceCalculation(lines, subtotal, discountTotal, feesTotal, taxRate, taxTotal, total);
    }

    private InvoiceCalculation.Line line(ChargeableItem item) {
        if (item.quantity() <= 0) {
            throw new IllegalArgumentException(describe(item) + " needs a quantity above zero");
        }
        if (item.unitPrice() == null || item.unitPrice().signum() < 0) {
            throw new IllegalArgumentException(describe(item) + " needs a price of zero or more");
        }
        if (item.unitPrice().stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(describe(item) + " has a price with more than " + scale
                    + " decimals: " + item.unitPrice());
        }
        BigDecimal unitPrice = item.unitPrice().setScale(scale);
        return new InvoiceCalculation.Line(item.kind(), item.description(), item.sku(), item.quantity(),
                unitPrice, unitPrice.multiply(BigDecimal.valueOf(item.quantity())));
    }

    private BigDecimal sumOf(List<InvoiceCalculation.Line> lines, InvoiceLineKind kind) {
        return lines.stream().filter(line -> line.kind() == kind).map(InvoiceCalculation.Line::amount)
                .reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }

    private static String describe(ChargeableItem item) {
        return item.sku() != null ? "sku " + item.sku() : item.description();
    }
}
