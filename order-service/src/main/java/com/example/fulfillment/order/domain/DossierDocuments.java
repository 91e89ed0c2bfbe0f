package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Writes the papers the order itself contributes to its dossier, as plain text; it decides nothing. */
public final class DossierDocuments {

    private DossierDocuments() {
    }

    static Paper invoice(PreparedInvoice invoice) {
        StringBuilder text = new StringBuilder("Invoice " + invoice.invoiceNumber() + " (" + invoice.currency()
                + ")\n");
        BigDecimal fees = BigDecimal.ZERO;
        for (InvoiceLine line : invoice.lines()) {
            // fee lines (shipping, gift wrap) have no sku: they print as what they are, and add to the fees
            text.append(line.quantity()).append(" x ").append(line.description())
                    .append(line.sku() == null ? "" : " [" + line.sku() + "]").append(" at ").append(line.unitPrice())
                    .append(" = ").append(line.amount()).append('\n');
            if (line.sku() == null && line.amount() != null) {
                fees = fees.add(line.amount());
            }
        }
        text.append("Merchandise: ").append(amount(invoice.subtotal())).append('\n');
        text.append("Fees: ").append(amount(fees)).append('\n');
        text.append("Discounts: ").append(amount(invoice.discountTotal())).append('\n');
        text.append("Taxes: ").append(amount(invoice.taxTotal())).append('\n');
        text.append("Total: ").append(amount(invoice.total())).append(' ').append(invoice.currency()).append('\n');
        return new Paper(OrderDocument.INVOICE, "Invoice " + invoice.invoiceNumber(), "text/plain", text.toString());
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
        return new Paper(OrderDocument.ORDER_DETAILS, "Order details " + order.getId(), "text/plain",
                text.toString());
    }

    /** An amount as the papers print it: as billing sent it, "0" when it sent none. */
    static String amount(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
