package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Writes the paper the order itself contributes to its dossier, the order details, as plain text; it decides
 * nothing. The other papers are the ones the other services made (billing's invoice and credit note, shipping's
 * packing slip and label), filed as they sent them: a copy written here would not be what the customer got.
 */
public final class DossierDocuments {

    private DossierDocuments() {
    }

    static Paper orderDetails(Order order) {
        StringBuilder text = new StringBuilder();
        text.append("Order ").append(order.getId()).append('\n');
        text.append("Received: ").append(order.getCreatedAt()).append('\n');
        Checkout checkout = order.getCheckout();
        text.append("Customer: ").append(checkout.getCustomer().name()).append(" <")
                .append(checkout.getCustomer().email()).append(">\n");
        Address address = checkout.getShippingAddress();
        text.append("Ship to: ").append(address.recipient()).append(", ").append(address.street()).append(", ")
                .append(address.postalCode()).append(' ').append(address.city())
                .append(address.region() == null ? "" : ", " + address.region()).append(", ")
                .append(address.country()).append('\n');
        text.append("Shipping method: ").append(checkout.getShippingMethod()).append('\n');
        text.append("Lines:\n").append(order.lines().stream()
                .map(line -> "  " + line.quantity() + " x " + line.sku())
                .collect(Collectors.joining("\n"))).append('\n');
        OrderOptions options = checkout.getOptions();
        text.append("Special packaging: ").append(options.specialPackaging() ? "yes" : "no")
                .append(", gift wrap: ").append(options.giftWrap() ? "yes" : "no").append('\n');
        if (options.giftMessage() != null) {
            text.append("Gift message: ").append(options.giftMessage()).append('\n');
        }
        InvoiceTotal invoice = order.getInvoice();
        if (invoice != null) {
            text.append("Invoice: ").append(invoice.number()).append(", ").append(invoice.total()).append(' ')
                    .append(invoice.currency()).append('\n');
        }
        if (order.getTrackingNumber() != null) {
            text.append("Shipped with ").append(order.getParcel().getCarrier()).append(", tracking number ")
                    .append(order.getTrackingNumber()).append('\n');
        }
        return Paper.text(OrderDocument.ORDER_DETAILS, "Order details " + order.getId(), "text/plain",
                text.toString());
    }

    /** An amount as the papers print it: as billing sent it, "0" when it sent none. */
    static String amount(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
