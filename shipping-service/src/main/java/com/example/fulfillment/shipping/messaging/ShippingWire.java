package com.example.fulfillment.shipping.messaging;

import java.util.List;

import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.OrderToShip;
import com.example.fulfillment.shipping.domain.PackingWishes;
import com.example.fulfillment.shipping.domain.ShipmentItem;
import com.example.fulfillment.shipping.domain.ShipmentLine;
import com.example.fulfillment.shipping.domain.ShippingDocument;
import com.example.fulfillment.shipping.domain.ShippingMethod;

/**
 * The saga's wire records in shipping's own terms, and back. Shipping's enums carry the wire enums' constant names,
 * so an enum crosses by its name.
 */
final class ShippingWire {

    private ShippingWire() {
    }

    static OrderToShip orderToShip(OrderReceived order) {
        OrderOptions options = order.options() == null ? OrderOptions.none() : order.options();
        return new OrderToShip(order.orderId(), order.customer() == null ? null : order.customer().name(),
                address(order.shippingAddress()), sameConstant(ShippingMethod.class, order.shippingMethod()),
                new PackingWishes(options.specialPackaging(), options.giftWrap(), options.giftMessage()));
    }

    static List<ShipmentItem> items(List<AllocatedItem> allocated) {
        return allocated == null ? List.of() : allocated.stream()
                .map(item -> new ShipmentItem(item.sku(), item.name(), item.category(), item.quantity(),
                        item.weightGrams(), item.lengthMm(), item.widthMm(), item.heightMm(), item.fragile()))
                .toList();
    }

    /** No lines at all means the same as an empty list: everything. */
    static List<ShipmentLine> lines(List<OrderLine> lines) {
        return lines == null ? List.of()
                : lines.stream().map(line -> new ShipmentLine(line.sku(), line.quantity())).toList();
    }

    static List<OrderLine> orderLines(List<ShipmentLine> lines) {
        return lines.stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList();
    }

    static Address address(com.example.fulfillment.events.model.Address address) {
        return address == null ? null : new Address(address.recipient(), address.street(), address.city(),
                address.postalCode(), address.region(), address.country());
    }

    static com.example.fulfillment.events.model.Address address(Address address) {
        return new com.example.fulfillment.events.model.Address(address.recipient(), address.street(),
                address.city(), address.postalCode(), address.region(), address.country());
    }

    static Document document(ShippingDocument document) {
        if (document.isBinary()) {
            return Document.binary(document.kind(), document.title(), document.mediaType(), document.bytes());
        }
        return new Document(document.kind(), document.title(), document.mediaType(), document.content());
    }

    /** The constant of the same name in the other vocabulary; null stays null. */
    static <E extends Enum<E>> E sameConstant(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
