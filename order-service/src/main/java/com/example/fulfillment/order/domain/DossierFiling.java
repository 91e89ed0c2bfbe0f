package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * When the dossier is filed: once the order ends, whichever way (completed, cancelled, refunded), in the
 * transaction of the move that ended it. A paper that can only come afterwards, the credit note billing issues
 * in answer to the cancellation or the refund, joins the filed dossier as it arrives; each filing is announced
 * with the whole dossier, so that OrderDocumentsFiled always lists what it holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DossierFiling {

    private final Dossier dossier;
    private final OrderEventPublisher events;

    DossierFiling(Dossier dossier, OrderEventPublisher events) {
        this.dossier = dossier;
        this.events = events;
    }

    /** The order just reached a status nothing follows: its papers are filed, with the order details. */
    public void orderEnded(Order order, Instant at) {
        if (!OrderTransitions.isFinal(order.getStatus())) {
            throw new IllegalStateException("order " + order.getId() + " is " + order.getStatus()
                    + ": only an order that ended has its dossier filed");
        }
        fileAndAnnounce(order, at);
    }

    /**
     * Keeps the first paper of its kind; if the order has ended already, the dossier is filed again at once with
     * it, so that a late paper is not left collected but never filed.
     */
    public void collect(Order order, String kind, Paper paper, Instant at) {
        if (dossier.collect(order.getId(), kind, paper, at) && OrderTransitions.isFinal(order.getStatus())) {
            fileAndAnnounce(order, at);
        }
    }

    private void fileAndAnnounce(Order order, Instant at) {
        List<String> filed = dossier.file(order, at).stream().map(OrderDocument::getKind).toList();
        order.record(at, "order documents filed", "order-service", String.join(", ", filed), null);
        events.documentsFiled(order.getId(), filed, at);
    }
}
