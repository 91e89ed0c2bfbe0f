package com.example.fulfillment.shipping.messaging;

import java.util.List;

import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.shipping.domain.ShipmentItem;

/** The saga's wire records in shipping's own terms, and back. */
final class ShippingWire {

    private ShippingWire() {
    }

    static List<ShipmentItem> items(List<AllocatedItem> allocated) {
        return allocated == null ? List.of() : allocated.stream()
                .map(item -> new ShipmentItem(item.sku(), item.name(), item.category(), item.quantity(),
                        item.weightGrams(), item.lengthMm(), item.widthMm(), item.heightMm(), item.fragile()))
                .toList();
    }
}
