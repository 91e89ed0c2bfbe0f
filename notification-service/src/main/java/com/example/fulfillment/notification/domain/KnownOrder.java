package com.example.fulfillment.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What this service knows of an order when it writes a message about it: who to tell, the products of its next
 * parcel, and where its parcels can be followed.
 */
public final class KnownOrder {

    private final Recipient recipient;
    private final List<OrderItem> items;
    private final Function<String, String> trackingLinks;

    KnownOrder(Recipient recipient, List<OrderItem> items, Function<String, String> trackingLinks) {
        this.recipient = recipient;
        this.items = items;
        this.trackingLinks = trackingLinks;
    }

    public Recipient recipient() {
        return recipient;
    }

    public String customerName() {
        return recipient.getName();
    }

    /** The products of the order's next parcel as last reserved, by name where inventory gave one. */
    public List<ParcelItem> itemsInParcel() {
        return items.stream().map(OrderItem::asParcelItem).toList();
    }

    /** The lines with the product names this service knows; a line it has no name for keeps its SKU alone. */
    public List<ParcelItem> named(List<ParcelItem> lines) {
        return named(items, lines);
    }

    static List<ParcelItem> named(List<OrderItem> known, List<ParcelItem> lines) {
        if (lines == null) {
            return null;
        }
        Map<String, String> names = namesBySku(known);
        return lines.stream().map(line -> new ParcelItem(line.sku(),
                line.productName() != null ? line.productName() : names.get(line.sku()), line.quantity()))
                .toList();
    }

    /** The product's name, or its SKU while no name is known. */
    public String label(String sku) {
        String name = productNameOf(sku);
        return name != null ? name : sku;
    }

    /** The customer's page for the parcel on the tracking portal. */
    public String trackingLink(String trackingNumber) {
        return trackingNumber == null || trackingNumber.isBlank() ? null : trackingLinks.apply(trackingNumber);
    }

    /** The product's name, or null while none is known. */
    public String productNameOf(String sku) {
        return namesBySku(items).get(sku);
    }

    private static Map<String, String> namesBySku(List<OrderItem> items) {
        return items.stream().filter(item -> item.getProductName() != null)
                .collect(Collectors.toMap(OrderItem::getSku, OrderItem::getProductName, (first, second) -> first));
    }
}
