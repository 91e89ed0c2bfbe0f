package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.order.persistence.OrderDocumentRepository;

/** The order's papers: collected while the saga runs, filed as one dossier when the order completes. */
@ApplicationScoped
public class Dossier {

    /** Order details first, then the papers in the order they were produced. */
    private static final List<String> FILING_ORDER = List.of(OrderDocument.ORDER_DETAILS, OrderDocument.PACKING_SLIP,
            OrderDocument.INVOICE, OrderDocument.LABEL);

    private final OrderDocumentRepository documents;

    Dossier(OrderDocumentRepository documents) {
        this.documents = documents;
    }

    /** Keeps the first paper of a kind: a repeated event must not replace what was handed over with the parcel. */
    public void collect(String orderId, String kind, Paper paper, Instant at) {
        if (documents.findByKind(orderId, kind).isPresent()) {
            return;
        }
        Paper given = paper == null ? Paper.blank(kind) : paper;
        documents.persist(new OrderDocument(orderId, kind, given.title(), given.mediaType(), given.content(), at));
    }

    /**
     * Keeps the paper of the parcel that travels last: a reshipment's packing slip and label replace the returned
     * parcel's, so that the filed dossier shows what reached the customer. The caller makes sure a repeated event
     * does not come here (the earlier labels stay in shipping-service's history).
     */
    public void collectLatest(String orderId, String kind, Paper paper, Instant at) {
        Paper given = paper == null ? Paper.blank(kind) : paper;
        documents.findByKind(orderId, kind).ifPresentOrElse(
                earlier -> earlier.replaceWith(given.title(), given.mediaType(), given.content(), at),
                () -> collect(orderId, kind, paper, at));
    }

    /** Adds the order details and files everything collected; filing twice keeps the first filing time. */
    public List<OrderDocument> file(Order order, Instant at) {
        collect(order.getId(), OrderDocument.ORDER_DETAILS, DossierDocuments.orderDetails(order), at);
        documents.flush();
        List<OrderDocument> collected = documents.collectedFor(order.getId());
        collected.forEach(document -> document.file(at));
        return sorted(collected);
    }

    public List<OrderDocument> filed(String orderId) {
        return sorted(documents.filedFor(orderId));
    }

    private static List<OrderDocument> sorted(List<OrderDocument> papers) {
        return papers.stream().sorted(Comparator.comparingInt(document -> {
            int rank = FILING_ORDER.indexOf(document.getKind());
            return rank < 0 ? FILING_ORDER.size() : rank;
        })).toList();
    }
}
