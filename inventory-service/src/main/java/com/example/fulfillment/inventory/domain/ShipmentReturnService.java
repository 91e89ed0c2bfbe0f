package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.ReservationRepository;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

/**
 * The carrier brought a package back: its units are on hand again, and orders waiting for them may now be
 * served, as after a stock receipt.
 */
@ApplicationScoped
public class ShipmentReturnService {

    private static final Logger LOG = Logger.getLogger(ShipmentReturnService.class);

    private final StockRequestRepository requests;
    private final ProductRepository products;
    private final ReservationRepository reservations;
    private final StockCheckService stockCheck;
    private final StockLedger ledger;
    private final Clock clock;

    ShipmentReturnService(StockRequestRepository requests, ProductRepository products,
            ReservationRepository reservations, StockCheckService stockCheck, StockLedger ledger, Clock clock) {
        this.requests = requests;
        this.products = products;
        this.reservations = reservations;
        this.stockCheck = stockCheck;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Puts the returned items back on hand and marks the reservations that left in this package RETURNED. The
     * carrier's list of items is what physically came back; without one, the package's shipped reservations
     * are. A package whose units came back already (a repeated return) changes nothing.
     *
     * @return how many reservations were returned, 0 if nothing was out in this package
     */
    @Transactional
    public int takeBack(String orderId, String trackingNumber, List<RequestedLine> items) {
        // locked, so that a return and a reshipment of the same order take turns
        requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        List<Reservation> outInThisPackage = reservations.findShippedByOrder(orderId).stream()
                .filter(reservation -> reservation.leftIn(trackingNumber))
                .toList();
        if (outInThisPackage.isEmpty()) {
            LOG.infof("order %s: nothing shipped in package %s is still out (returned already?); stock unchanged",
                    orderId, trackingNumber);
            return 0;
        }
        Demand returned = Demand.of(items == null || items.isEmpty()
                ? outInThisPackage.stream().map(r -> new RequestedLine(r.getSku(), r.getQuantity())).toList()
                : items);
        Instant now = clock.instant();
        String note = trackingNumber == null ? "returned by the carrier" : "returned in package " + trackingNumber;
        for (String sku : returned.skusInLockOrder()) {
            products.lockSku(sku); // a stock check reading this sku right now finishes first
            Optional<Product> product = products.findLocked(sku);
            if (product.isEmpty()) {
                // nothing to count them on; ops see the warning and create the product with its real count
                LOG.warnf("order %s: %d units of %s came back, but no such product exists; not stocked", orderId,
                        returned.quantityOf(sku), sku);
                continue;
            }
            product.get().takeBack(returned.quantityOf(sku), now);
            ledger.record(product.get(), StockMovementCause.RETURN, returned.quantityOf(sku), 0, orderId, note, now);
        }
        outInThisPackage.forEach(reservation -> reservation.markReturned(now));
        returned.skus().forEach(stockCheck::resumeWaitingFor);
        return outInThisPackage.size();
    }
}
