package com.example.fulfillment.billing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.persistence.PriceRepository;

/** Prices an allocated invoice from the price list and billing's commercial rules, or names what it still lacks. */
@ApplicationScoped
public class InvoicePricing {

    private final PriceRepository prices;
    private final BillingPolicy policy;

    public InvoicePricing(PriceRepository prices, BillingPolicy policy) {
        this.prices = prices;
        this.policy = policy;
    }

    /** The skus of an invoice waiting for prices that still have none, sorted; empty for any other invoice. */
    public SortedSet<String> missingPrices(Invoice invoice) {
        if (!invoice.isAwaitingPrices()) {
            return new TreeSet<>();
        }
        Map<String, Price> priceBySku = pricesOf(invoice);
        return invoice.getAllocatedItems().stream().map(InvoiceAllocatedItem::getSku)
                .filter(sku -> !priceBySku.containsKey(sku))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The figures of the invoice once every allocated sku has a price; throws IllegalArgumentException where a
     * price or fee cannot be invoiced (see {@link InvoiceCalculator}).
     */
    InvoiceCalculation calculate(Invoice invoice, BillingOrder order) {
        return policy.calculator().calculate(chargeableItems(invoice, order),
                policy.discountFor(order.getDiscountCode()), policy.taxRateFor(order.getCountry()));
    }

    /** What the customer should be told about the figures, or null. */
    String noteFor(BillingOrder order) {
        return policy.isUnknownDiscount(order.getDiscountCode())
                ? "Discount code " + order.getDiscountCode().trim() + " is not valid and was not applied."
                : null;
    }

    private List<ChargeableItem> chargeableItems(Invoice invoice, BillingOrder order) {
        Map<String, Price> priceBySku = pricesOf(invoice);
        List<ChargeableItem> chargeable = new ArrayList<>();
        for (InvoiceAllocatedItem item : invoice.getAllocatedItems()) {
            chargeable.add(ChargeableItem.product(item.description(), item.getSku(), item.getQuantity(),
                    priceBySku.get(item.getSku()).getUnitPrice()));
        }
        chargeable.addAll(policy.feesFor(order.getShippingMethod(), order.isGiftWrap(), order.isSpecialPackaging()));
        return chargeable;
    }

    private Map<String, Price> pricesOf(Invoice invoice) {
        return prices.bySku(invoice.getAllocatedItems().stream().map(InvoiceAllocatedItem::getSku).toList());
    }
}
