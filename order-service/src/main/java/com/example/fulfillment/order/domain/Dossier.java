package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.order.persistence.OrderDocumentRepository;

/**
 * The order's papers: collected while the saga runs, filed as one dossier when the order ends (completed,
 * cancelled or refunded). {@link DossierFiling} decides when; this keeps the papers.
 */
@ApplicationScoped
public class Dossier {

    /** Order details first, then the papers in the order they were produced; the credit note comes last. */
    private static final List<String> FILING_ORDER = List.of(OrderDocument.ORDER_DETAILS, OrderDocument.PACKING_SLIP,
            OrderDocument.INVOICE, OrderDocument.LABEL, OrderDocument.CREDIT_NOTE);

    private final OrderDocumentRepository documents;

    Dossier(OrderDocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * Keeps the first paper of a kind: a repeated event must not replace what was handed over with the parcel.
     *
     * @return false if a paper of this kind was kept before
     */
    public boolean collect(String orderId, String kind, Paper paper, Instant at) {
        if (documents.findByKind(orderId, kind).isPresent()) {
            return false;
        }
        documents.persist(new OrderDocument(orderId, kind, paper == null ? Paper.blank(kind) : paper, at));
        return true;
    }

    /**
     * Keeps the paper of the parcel that travels last: a reshipment's packing slip and label replace the returned
     * parcel's, so that the filed dossier shows what reached the customer. The caller makes sure a repeated event
     * does not come here (the earlier labels stay in shipping-service's history).
     */
    public void collectLatest(String orderId, String kind, Paper paper, Instant at) {
        Paper given = paper == null ? Paper.blank(kind) : paper;
        documents.findByKind(orderId, kind).ifPresentOrElse(earlier -> earlier.replaceWith(given, at),
                () -> collect(orderId, kind, given, at));
    }

    /** Adds the order details and files everything collected; filing twice keeps the first filing time. */
    List<OrderDocument> file(Order order, Instant at) {
        collect(order.getId(), OrderDocument.ORDER_DETAILS, DossierDocuments.orderDetails(order), at);
        documents.flush();
        List<OrderDocument> collected = documents.collectedFor(order.getId());
        collected.forEach(document -> document.file(at));
        return sorted(collected);
    }

    public List<OrderDocument> filed(String orderId) {
        return sorted(documents.filedFor(orderId));
    }

    /** A filed document of the order; a document collected but not filed yet is not part of the dossier. */
    public Optional<OrderDocument> filed(String orderId, UUID documentId) {
        return documents.findByIdOptional(documentId)
                .filter(document -> document.getOrderId().equals(orderId) && document.getFiledAt() != null);
    }

    private static List<OrderDocument> sorted(List<OrderDocument> papers) {
        return papers.stream().sorted(Comparator.comparingInt(document -> {
            int rank = FILING_ORDER.indexOf(document.getKind());
            return rank < 0 ? FILING_ORDER.size() : rank;
        })).toList();
    }
}
