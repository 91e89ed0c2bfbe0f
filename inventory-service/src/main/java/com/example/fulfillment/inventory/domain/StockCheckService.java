package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

/**
 * Step 2: can the stock serve an order right now? Nothing is reserved here; an order that cannot be served
 * waits, and is verified again by itself once stock for it arrives.
 */
@ApplicationScoped
public class StockCheckService {

    private static final Logger LOG = Logger.getLogger(StockCheckService.class);

    private static final Comparator<StockRequest> OLDEST_WAITING_FIRST = Comparator
            .comparing(StockRequest::getWaitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StockRequest::getOrderId);

    private final StockRequestRepository requests;
    private final ProductRepository products;
    private final ShortageAssessor shortages;
    private final InventoryEventPublisher publisher;
    private final Clock clock;

    StockCheckService(StockRequestRepository requests, ProductRepository products, ShortageAssessor shortages,
            InventoryEventPublisher publisher, Clock clock) {
        this.requests = requests;
        this.products = products;
        this.shortages = shortages;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public StockRequestState check(String orderId, List<RequestedLine> lines) {
        StockRequest known = requests.findById(orderId);
        if (known != null) {
            // the same order received again (a re-sent event with a new id): it was answered already
            LOG.infof("order %s was already checked (%s); ignoring the repeated OrderReceived", orderId,
                    known.getState());
            return known.getState();
        }
        Instant now = clock.instant();
        Demand demand = Demand.of(lines);
        products.lockSkusForReading(demand.skusInLockOrder());
        List<Shortage> shortLines = shortages.shortages(demand, shortages.existing(demand));
        if (shortLines.isEmpty()) {
            StockRequest verified = StockRequest.verified(orderId, lines, now);
            requests.persist(verified);
            publisher.stockVerified(verified);
            return StockRequestState.VERIFIED;
        }
        requests.persist(StockRequest.waiting(orderId, lines, now));
        publisher.stockUnavailable(orderId, shortLines);
        return StockRequestState.WAITING;
    }

    /**
     * The customer replaced the lines of a waiting order (took alternatives for short ones): the new lines are
     * verified at once. An order that is not waiting (verified, allocated, cancelled, shipped) keeps its lines:
     * what was promised or reserved follows the approval, not a late amendment. An amendment asking for what the
     * order asks already changes nothing, so a repeated one publishes no second answer; the order goes on
     * waiting for stock, as before.
     */
    @Transactional
    public StockRequestState amend(String orderId, List<RequestedLine> lines, String reason) {
        Demand demand = Demand.of(lines);
        // the skus before the order: a receipt holds its sku, then locks the orders waiting for it
        products.lockSkusForReading(demand.skusInLockOrder());
        StockRequest request = requests.findLocked(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        if (request.getState() != StockRequestState.WAITING) {
            LOG.infof("order %s is %s, not waiting for stock; amendment (%s) ignored", orderId, request.getState(),
                    reason);
            return request.getState();
        }
        if (demand.equals(Demand.of(request.getLines()))) {
            LOG.infof("order %s already asks for these lines; amendment (%s) changes nothing", orderId, reason);
            return request.getState();
        }
        Instant now = clock.instant();
        request.replaceLines(lines, now);
        List<Shortage> shortLines = shortages.shortages(demand, shortages.existing(demand));
        if (shortLines.isEmpty()) {
            request.markVerified(now);
            publisher.stockVerified(request);
        } else {
            // keeps its place among the waiting orders: it has waited since its first shortage
            request.markWaiting(now);
            publisher.stockUnavailable(orderId, shortLines);
        }
        LOG.infof("order %s amended (%s): %s", orderId, reason, request.getState());
        return request.getState();
    }

    /**
     * Stock of this sku arrived: verifies again the orders waiting for it, oldest first. They share what is
     * available, so an order is verified only if the units the older ones were promised still leave enough;
     * an order that still cannot be served does not hold back a younger one that can.
     * <p>
     * The caller holds the sku's lock ({@code ProductRepository#lockSku}, so that a check of a new order either
     * committed before, and its order is found waiting here, or waits and then sees the new stock) and the product's
     * row lock; the waiting orders are locked after them, so that a cancellation of one of them either commits first
     * (and the order is no longer waiting) or waits for this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> resumeWaitingFor(String sku) {
        Map<String, Integer> unpromised = new HashMap<>();
        List<String> resumed = new ArrayList<>();
        List<StockRequest> waitingOldestFirst = new ArrayList<>(requests.lockWaitingFor(sku));
        waitingOldestFirst.sort(OLDEST_WAITING_FIRST);
        for (StockRequest waiting : waitingOldestFirst) {
            Demand demand = Demand.of(waiting.getLines());
            boolean servable = demand.skus().stream().allMatch(line -> unpromised
                    .computeIfAbsent(line, this::availableOf) >= demand.quantityOf(line));
            if (servable) {
                demand.skus().forEach(line -> unpromised.merge(line, -demand.quantityOf(line), Integer::sum));
                waiting.markVerified(clock.instant());
                publisher.stockVerified(waiting);
                resumed.add(waiting.getOrderId());
            }
        }
        if (!resumed.isEmpty()) {
            LOG.infof("stock of %s arrived: orders %s verified again", sku, resumed);
        }
        return resumed;
    }

    private int availableOf(String sku) {
        Product product = products.findById(sku);
        return product == null ? 0 : product.getAvailable();
    }
}
