package com.example.fulfillment.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.billing.persistence.BillingOrderRepository;
import com.example.fulfillment.billing.persistence.InvoiceRepository;
import com.example.fulfillment.domain.NotFound;

/**
 * The ways an invoice ends other than being paid: voided with its cancelled order, credited in full when the
 * order is refunded, or left as it is when the order is reshipped at the seller's cost.
 */
@ApplicationScoped
public class InvoiceSettlement {

    private static final Logger LOG = Logger.getLogger(InvoiceSettlement.class);

    private final BillingOrderRepository orders;
    private final InvoiceRepository invoices;
    private final BillingEventPublisher events;
    private final Clock clock;

    public InvoiceSettlement(BillingOrderRepository orders, InvoiceRepository invoices, BillingEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void voidInvoice(Cancellation cancellation) {
        BillingOrder order = orders.findByIdOptional(cancellation.orderId()).orElseThrow(() -> new NotFound(
                "order " + cancellation.orderId() + " was cancelled, but billing never received it"));
        Instant now = clock.instant();
        order.cancel(now);
        Optional<Invoice> invoice = invoices.findByIdOptional(order.getOrderId(), LockModeType.PESSIMISTIC_WRITE);
        String reason = isBlank(cancellation.reason()) ? "order cancelled" : cancellation.reason();
        // an invoice still waiting for prices was never issued: nobody else knows it, so there is nothing to announce
        if (invoice.isPresent() && invoice.get().voidBecause(reason, now) && invoice.get().wasIssued()) {
            events.invoiceVoided(invoice.get());
        }
    }

    /**
     * Refunds the order in full: a credit note for the whole invoice. Without an issued, owed invoice there is
     * nothing to refund, which is logged and changes nothing; an invoice still waiting for prices is voided, so
     * that prices set later never bill a refunded order.
     */
    @Transactional
    public void refund(Refund refund) {
        Optional<Invoice> found = invoices.findByIdOptional(refund.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            LOG.warnf("order %s was refunded but has no invoice: nothing to refund", refund.orderId());
            return;
        }
        Invoice invoice = found.get();
        Instant now = clock.instant();
        if (invoice.isAwaitingPrices()) {
            invoice.voidBecause("order refunded before its invoice was issued", now);
            LOG.warnf("order %s was refunded before its invoice was issued: nothing to refund, the waiting invoice"
                    + " is voided", refund.orderId());
            return;
        }
        if (!invoice.isRefundable()) {
            LOG.infof("order %s was refunded, but its invoice %s is %s: nothing to refund", refund.orderId(),
                    invoice.getNumber(), invoice.getStatus());
            return;
        }
        String reason = isBlank(refund.reason()) ? "order refunded" : refund.reason();
        invoice.refund(nextCreditNoteNumber(now), refund.requestedBy(), reason, now);
        events.refundIssued(invoice);
    }

    /**
     * A reshipment sends the same goods again at the seller's cost: the invoice stays as issued, and the
     * StockAllocated that follows it finds the invoice and bills nothing.
     */
    @Transactional
    public void recordReshipment(Reshipment reshipment) {
        Optional<Invoice> invoice = invoices.findByIdOptional(reshipment.orderId());
        LOG.infof("order %s is reshipped at no cost to the customer (requested by %s: %s); its invoice %s stays"
                + " as it is", reshipment.orderId(), reshipment.requestedBy(), reshipment.reason(),
                invoice.map(i -> i.getNumber() + " " + i.getStatus()).orElse("(none)"));
    }

    private String nextCreditNoteNumber(Instant issuedAt) {
        return "CN-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), invoices.nextCreditNoteSequence());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
