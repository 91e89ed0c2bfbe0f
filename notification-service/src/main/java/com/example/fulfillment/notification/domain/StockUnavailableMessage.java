package com.example.fulfillment.notification.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

public record StockUnavailableMessage(String customerName, String orderId, List<ShortItem> items)
        implements CustomerMessage {

    /**
     * @param productName the product's name if this service learnt it from an earlier allocation, else null
     * @param alternatives the products offered instead, by name where known, else by SKU
     */
    public record ShortItem(String sku, String productName, int requested, int available,
            LocalDate expectedRestockDate, List<String> alternatives) {

        /** The product by its name; the SKU only stands in while no name is known. */
        public String label() {
            return new ParcelItem(sku, productName, requested).label();
        }

        public boolean hasAlternatives() {
            return alternatives != null && !alternatives.isEmpty();
        }

        public String alternativesInWords() {
            return hasAlternatives() ? String.join(", ", alternatives) : "";
        }
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.STOCK_UNAVAILABLE;
    }

    /** The same shortages with the same restock dates are the same news; a new restock date is worth telling. */
    @Override
    public String dedupKey() {
        return DedupKeys.bounded(items.stream()
                .sorted(Comparator.comparing(ShortItem::sku))
                .map(item -> item.sku() + "@" + item.expectedRestockDate())
                .collect(Collectors.joining(";")));
    }
}
