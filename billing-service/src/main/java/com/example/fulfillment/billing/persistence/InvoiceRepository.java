package com.example.fulfillment.billing.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    /** A database sequence, so numbers stay unique across several instances of the service; gaps are allowed. */
    public long nextInvoiceSequence() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('invoice_number_seq')")
                .getSingleResult()).longValue();
    }

    /** Credit notes are numbered apart from invoices, as accounting expects, with the same guarantees. */
    public long nextCreditNoteSequence() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('credit_note_number_seq')")
                .getSingleResult()).longValue();
    }

    /**
     * The invoices still waiting for prices that include this sku, locked: a concurrent cancellation or refund
     * waits for them to be issued (or, having committed first, leaves them out), so neither overwrites the other.
     */
    public List<Invoice> awaitingPricesOf(String sku) {
        return find("""
                from Invoice i where i.status = ?1
                and exists (select 1 from InvoiceAllocatedItem item where item.invoice = i and item.sku = ?2)
                order by i.orderId""", InvoiceStatus.AWAITING_PRICES, sku)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The invoice with its lines, as its documents show them. */
    public Optional<Invoice> withLines(String orderId) {
        return find("from Invoice i left join fetch i.lines where i.orderId = ?1", orderId).firstResultOptional();
    }

    /** Oldest first: by allocation, or by issue for invoices from before allocations were kept. */
    public List<Invoice> inStatus(InvoiceStatus status, int limit) {
        return find("from Invoice i where i.status = ?1", Sort.by("allocatedAt").and("issuedAt").and("orderId"), status)
                .page(Page.ofSize(limit)).list();
    }
}
