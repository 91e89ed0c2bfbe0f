package com.example.fulfillment.order.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.example.fulfillment.domain.InvalidInput;

/**
 * The order's short lines, as the last StockUnavailable reported them, and the customer's way out of them: an
 * alternative inventory offered replaces a short line in the same quantity. It works on the order's own lists.
 */
final class ShortStock {

    private final List<OrderShortage> shortages;
    private final List<OrderLineItem> lines;

    ShortStock(List<OrderShortage> shortages, List<OrderLineItem> lines) {
        this.shortages = shortages;
        this.lines = lines;
    }

    /** Only the last StockUnavailable counts: it says what is short now and what inventory offers instead. */
    void remember(List<Shortage> latest) {
        shortages.clear();
        latest.forEach(shortage -> shortages.add(new OrderShortage(shortage)));
    }

    void forget() {
        shortages.clear();
    }

    List<Shortage> current() {
        return shortages.stream().map(OrderShortage::toShortage).toList();
    }

    /** The latest restock date among the short lines, if inventory knows any. */
    Optional<LocalDate> expectedRestockDate() {
        return shortages.stream().map(OrderShortage::getExpectedRestockDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** @return the errors, named by their place in the request; nothing changed unless the list is empty */
    List<InvalidInput.FieldError> replace(List<LineReplacement> replacements) {
        List<InvalidInput.FieldError> errors = check(replacements);
        if (!errors.isEmpty()) {
            return errors;
        }
        for (LineReplacement replacement : replacements) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).getSku().equals(replacement.sku())) {
                    lines.set(i, new OrderLineItem(replacement.alternativeSku(), lines.get(i).getQuantity()));
                }
            }
            shortages.removeIf(shortage -> shortage.getSku().equals(replacement.sku()));
        }
        return errors;
    }

    private List<InvalidInput.FieldError> check(List<LineReplacement> replacements) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (replacements == null || replacements.isEmpty()) {
            errors.add(new InvalidInput.FieldError("replacements", "must name at least one short sku and its alternative"));
            return errors;
        }
        Set<String> orderedAfterwards = new HashSet<>(lines.stream().map(OrderLineItem::getSku).toList());
        for (int i = 0; i < replacements.size(); i++) {
            LineReplacement replacement = replacements.get(i);
            Optional<OrderShortage> shortage = shortages.stream()
                    .filter(candidate -> candidate.getSku().equals(replacement.sku())).findFirst();
            if (shortage.isEmpty() || !orderedAfterwards.contains(replacement.sku())) {
                errors.add(new InvalidInput.FieldError("replacements[" + i + "].sku",
                        "is not a short line of this order (short: " + shortSkus() + ")"));
                continue;
            }
            if (!shortage.get().alternatives().contains(replacement.alternativeSku())) {
                errors.add(new InvalidInput.FieldError("replacements[" + i + "].alternativeSku",
                        "is not an alternative offered for " + replacement.sku() + " (offered: "
                                + String.join(", ", shortage.get().alternatives()) + ")"));
                continue;
            }
            if (orderedAfterwards.contains(replacement.alternativeSku())) {
                // two lines of one sku would be merged silently downstream: the customer must say the quantity
                errors.add(new InvalidInput.FieldError("replacements[" + i + "].alternativeSku",
                        replacement.alternativeSku() + " is already ordered on another line"));
                continue;
            }
            orderedAfterwards.remove(replacement.sku());
            orderedAfterwards.add(replacement.alternativeSku());
        }
        return errors;
    }

    private String shortSkus() {
        return shortages.stream().map(OrderShortage::getSku).collect(Collectors.joining(", "));
    }
}
