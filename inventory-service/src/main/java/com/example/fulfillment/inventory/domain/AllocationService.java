package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.ReservationRepository;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

/**
 * Step 3 and what undoes or completes it: reserves an approved order's lines for it alone, gives them back
 * when it is cancelled, and lets them leave the warehouse when it ships.
 */
@ApplicationScoped
public class AllocationService {

    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    public enum Outcome { ALLOCATED, UNAVAILABLE, ALREADY_DONE }

    private final StockRequestRepository requests;
    private final ProductRepository products;
    private final ReservationRepository reservations;
    private final ShortageAssessor shortages;
    private final EventPublisher publisher;
    private final Clock clock;

    AllocationService(StockRequestRepository requests, ProductRepository products, ReservationRepository reservations,
            ShortageAssessor shortages, EventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.products = products;
        this.reservations = reservations;
        this.shortages = shortages;
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
            LOG.infof("order %s is %s; nothing to allocate", orderId, request.state());
            return Outcome.ALREADY_DONE;
        }
        List<RequestedLine> lines = approvedLines == null || approvedLines.isEmpty() ? request.lines() : approvedLines;
        Demand demand = Demand.of(lines);
        Map<String, Product> locked = new LinkedHashMap<>();
        for (String sku : demand.skusInLockOrder()) {
            products.findLocked(sku).ifPresent(product -> locked.put(sku, product));
        }
        Instant now = clock.instant();
        List<StockShortage> shortLines = shortages.shortages(demand, locked);
        if (!shortLines.isEmpty()) {
            request.markWaiting(now);
            publisher.publish(new StockUnavailable(orderId, shortLines));
            return Outcome.UNAVAILABLE;
        }
        List<AllocatedItem> items = demand.skus().stream().map(sku -> {
            Product product = locked.get(sku);
            int quantity = demand.quantityOf(sku);
            product.reserve(quantity, now);
            reservations.persist(new Reservation(orderId, sku, quantity, now));
            return new AllocatedItem(sku, product.name(), product.category(), quantity, product.weightGrams(),
                    product.lengthMm(), product.widthMm(), product.heightMm(), product.fragile());
        }).toList();
        request.markAllocated(now);
        publisher.publish(new StockAllocated(orderId, items));
        return Outcome.ALLOCATED;
    }

    /** Gives the order's held units back to stock and forgets it as a waiting order; returns how many lines were released. */
    @Transactional
    public int release(String orderId, String reason) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        Instant now = clock.instant();
        List<Reservation> held = reservations.findHeldByOrder(orderId);
        for (Reservation reservation : held) {
            lockedProduct(reservation.sku()).release(reservation.quantity(), now);
            reservation.release(now);
        }
        if (request.state() != StockRequestState.SHIPPED) {
            request.markCancelled(now);
        }
        if (!held.isEmpty()) {
            publisher.publish(new StockReleased(orderId, reason));
        }
        return held.size();
    }

    /** The held units leave the warehouse: they stop counting as on hand and as reserved. */
    @Transactional
    public int ship(String orderId) {
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        Instant now = clock.instant();
        List<Reservation> held = reservations.findHeldByOrder(orderId);
        for (Reservation reservation : held) {
            lockedProduct(reservation.sku()).ship(reservation.quantity(), now);
            reservation.ship(now);
        }
        if (held.isEmpty()) {
            LOG.warnf("order %s shipped while %s, with no stock held for it; stock unchanged", orderId, request.state());
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
