package com.example.fulfillment.billing.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.Invoice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    /** A database sequence, so numbers stay unique across several instances of the service; gaps are allowed. */
    public long nextInvoiceSequence() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('invoice_number_seq')")
                .getSingleResult()).longValue();
    }
}
