package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.ReservationRepository;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

/**
 * Step 3 and what undoes or completes it: reserves an approved order's lines for it alone, gives them back
 * when it is cancelled, and lets them leave the warehouse when it ships; reserves them again when ops reship it.
 */
@ApplicationScoped
public class AllocationService {

    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    public enum Outcome { ALLOCATED, UNAVAILABLE, ALREADY_DONE }

    public enum ReshipmentOutcome { RESERVED, UNAVAILABLE, IGNORED }

    private record Reserved(List<AllocatedLine> lines, List<Shortage> shortages) {
    }

    private final StockRequestRepository requests;
    private final ProductRepository products;
    private final ReservationRepository reservations;
    private final ShortageAssessor shortages;
    private final StockLedger ledger;
    private final InventoryEventPublisher publisher;
    private final Clock clock;

    AllocationService(StockRequestRepository requests, ProductRepository products, ReservationRepository reservations,
            ShortageAssessor shortages, StockLedger ledger, InventoryEventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.products = products;
        this.reservations = reservations;
        this.shortages = shortages;
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * All lines or none. The products are locked in sku order and checked again under the lock, so concurrent
     * allocations (in this instance or another) serve each unit once; the database's reserved <= on_hand check
     * stops whatever would slip through anyway.
     */
    @Transactional
    public Outcome allocate(String orderId, List<RequestedLine> approvedLines) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        if (!request.awaitsAllocation()) {
            LOG.infof("order %s is %s; nothing to allocate", orderId, request.getState());
            return Outcome.ALREADY_DONE;
        }
        List<RequestedLine> lines =
                approvedLines == null || approvedLines.isEmpty() ? request.getLines() : approvedLines;
        Instant now = clock.instant();
        Reserved reserved = reserveAll(orderId, Demand.of(lines), Reservation.FIRST_ROUND, "approved order", now);
        if (!reserved.shortages().isEmpty()) {
            request.markWaiting(now);
            publisher.stockUnavailable(orderId, reserved.shortages());
            return Outcome.UNAVAILABLE;
        }
        request.markAllocated(now);
        publisher.stockAllocated(orderId, reserved.lines());
        return Outcome.ALLOCATED;
    }

    /**
     * Ops send a shipped order again: its lines are reserved anew, as the next shipment round, with the same
     * locking and all-or-nothing rule as an allocation. Success publishes nothing: shipping packs the reshipment on
     * ReshipmentRequested itself, and billing must not take it for a second allocation to invoice. The next
     * Shipped takes these units out of the warehouse. A short line reserves nothing and publishes
     * StockUnavailable, so that the order shows why the reshipment cannot go; ops ask again once stock is in.
     * While a reshipment's units are held (the order is ALLOCATED again), a repeated request changes nothing.
     */
    @Transactional
    public ReshipmentOutcome reship(String orderId, List<RequestedLine> requestedLines, String reason) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        if (request.getState() != StockRequestState.SHIPPED) {
            LOG.infof("order %s is %s, not shipped: nothing reserved for a reshipment", orderId, request.getState());
            return ReshipmentOutcome.IGNORED;
        }
        List<RequestedLine> lines = requestedLines == null || requestedLines.isEmpty()
                ? request.getLines()
                : requestedLines;
        int round = reservations.latestRound(orderId) + 1;
        Instant now = clock.instant();
        Reserved reserved = reserveAll(orderId, Demand.of(lines), round,
                "reshipment" + (reason == null || reason.isBlank() ? "" : ": " + reason), now);
        if (!reserved.shortages().isEmpty()) {
            publisher.stockUnavailable(orderId, reserved.shortages());
            return ReshipmentOutcome.UNAVAILABLE;
        }
        request.markAllocated(now);
        LOG.infof("order %s: stock reserved for reshipment round %d", orderId, round);
        return ReshipmentOutcome.RESERVED;
    }

    /** Reserves every line for the order, or (if any is short) nothing and returns the shortages. */
    private Reserved reserveAll(String orderId, Demand demand, int round, String note, Instant now) {
        Map<String, Product> locked = new LinkedHashMap<>();
        for (String sku : demand.skusInLockOrder()) {
            products.findLocked(sku).ifPresent(product -> locked.put(sku, product));
        }
        List<Shortage> shortLines = shortages.shortages(demand, locked);
        if (!shortLines.isEmpty()) {
            return new Reserved(List.of(), shortLines);
        }
        List<AllocatedLine> lines = demand.skus().stream().map(sku -> {
            Product product = locked.get(sku);
            int quantity = demand.quantityOf(sku);
            product.reserve(quantity, now);
            reservations.persist(new Reservation(orderId, sku, quantity, round, now));
            ledger.record(product, StockMovementCause.ALLOCATION, 0, quantity, orderId, note, now);
            return AllocatedLine.of(product, quantity);
        }).toList();
        return new Reserved(lines, List.of());
    }

    /** Gives the order's held units back to stock and forgets it as a waiting order; returns how many lines were released. */
    @Transactional
    public int release(String orderId, String reason) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        Instant now = clock.instant();
        List<Reservation> held = reservations.findHeldByOrder(orderId);
        for (Reservation reservation : held) {
            Product product = lockedProduct(reservation.getSku());
            product.release(reservation.getQuantity(), now);
            reservation.release(now);
            ledger.record(product, StockMovementCause.RELEASE, 0, -reservation.getQuantity(), orderId, reason, now);
        }
        if (request.getState() != StockRequestState.SHIPPED) {
            request.markCancelled(now);
        }
        if (!held.isEmpty()) {
            publisher.stockReleased(orderId, reason);
        }
        return held.size();
    }

    /** The held units leave the warehouse in this package: they stop counting as on hand and as reserved. */
    @Transactional
    public int ship(String orderId, String trackingNumber) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        Instant now = clock.instant();
        List<Reservation> held = reservations.findHeldByOrder(orderId);
        for (Reservation reservation : held) {
            Product product = lockedProduct(reservation.getSku());
            product.ship(reservation.getQuantity(), now);
            reservation.ship(trackingNumber, now);
            ledger.record(product, StockMovementCause.SHIPMENT, -reservation.getQuantity(), -reservation.getQuantity(),
                    orderId, trackingNumber == null ? null : "package " + trackingNumber, now);
        }
        if (held.isEmpty()) {
            LOG.warnf("order %s shipped while %s, with no stock held for it; stock unchanged", orderId,
                    request.getState());
        } else {
            request.markShipped(now);
        }
        return held.size();
    }

    public List<Reservation> reservationsOf(String orderId) {
        return reservations.findByOrder(orderId);
    }

    private Product lockedProduct(String sku) {
        return products.findLocked(sku)
                .orElseThrow(() -> new IllegalStateException("reserved product " + sku + " no longer exists"));
    }
}
