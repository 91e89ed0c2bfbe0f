package com.example.fulfillment.notification.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

public record StockUnavailableMessage(String customerName, String orderId, List<ShortItem> items)
        implements CustomerMessage {

    public record ShortItem(String sku, int requested, int available, LocalDate expectedRestockDate,
            List<String> alternativeSkus) {

        public boolean hasAlternatives() {
            return alternativeSkus != null && !alternativeSkus.isEmpty();
        }

        public String alternatives() {
            return hasAlternatives() ? String.join(", ", alternativeSkus) : "";
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
