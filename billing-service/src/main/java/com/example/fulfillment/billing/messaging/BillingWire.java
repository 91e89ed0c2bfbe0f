package com.example.fulfillment.billing.messaging;

import java.util.List;

import com.example.fulfillment.billing.domain.AllocatedStock;
import com.example.fulfillment.billing.domain.CustomerContact;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.OrderToBill;
import com.example.fulfillment.billing.domain.PostalAddress;
import com.example.fulfillment.billing.domain.ShippingMethod;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.InvoiceLine;

/** Translates between the wire contracts and billing's own terms; what the wire lacks stays null for the domain. */
final class BillingWire {

    /** The document kinds the order's dossier files billing's papers under (docs/events.md). */
    static final String INVOICE = "INVOICE";
    static final String CREDIT_NOTE = "CREDIT_NOTE";
    static final String APPLICATION_PDF = "application/pdf";

    private BillingWire() {
    }

    static OrderToBill orderToBill(OrderReceived event) {
        boolean giftWrap = event.options() != null && event.options().giftWrap();
        boolean specialPackaging = event.options() != null && event.options().specialPackaging();
        return new OrderToBill(event.orderId(), customer(event.customer()), address(event.shippingAddress()),
                event.shippingMethod() == null ? null : ShippingMethod.valueOf(event.shippingMethod().name()),
                giftWrap, specialPackaging, event.discountCode(), event.receivedAt());
    }

    static AllocatedStock allocatedStock(StockAllocated event) {
        List<AllocatedStock.Item> items = event.items() == null ? null : event.items().stream()
                .map(item -> new AllocatedStock.Item(item.sku(), item.name(), item.quantity())).toList();
        return new AllocatedStock(event.orderId(), items);
    }

    /** The invoice's lines as InvoicePrepared carries them, in their order. */
    static List<InvoiceLine> invoiceLines(Invoice invoice) {
        return invoice.getLines().stream().map(line -> new InvoiceLine(line.getDescription(), line.getSku(),
                line.getQuantity(), line.getUnitPrice(), line.getAmount())).toList();
    }

    /** The invoice as the customer gets it, under the kind the dossier files it by. */
    static Document invoiceDocument(String invoiceNumber, byte[] pdf) {
        return Document.binary(INVOICE, "Invoice " + invoiceNumber, APPLICATION_PDF, pdf);
    }

    static Document creditNoteDocument(String creditNoteNumber, byte[] pdf) {
        return Document.binary(CREDIT_NOTE, "Credit note " + creditNoteNumber, APPLICATION_PDF, pdf);
    }

    private static CustomerContact customer(Customer customer) {
        return customer == null ? null : new CustomerContact(customer.name(), customer.email());
    }

    private static PostalAddress address(Address address) {
        return address == null ? null : new PostalAddress(address.recipient(), address.street(), address.city(),
                address.postalCode(), address.region(), address.country());
    }
}
