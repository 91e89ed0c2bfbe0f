package com.example.fulfillment.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.billing.persistence.BillingOrderRepository;
import com.example.fulfillment.billing.persistence.InvoiceRepository;
import com.example.fulfillment.billing.persistence.PriceRepository;
import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.domain.NotPossible;

/**
 * Step 4 of the saga: makes the order's one invoice from its allocated stock and issues it, at once or, when a
 * sku has no price yet, once ops price it. Issuing announces the invoice in the same transaction.
 */
@ApplicationScoped
public class InvoiceIssuing {

    private static final Logger LOG = Logger.getLogger(InvoiceIssuing.class);

    private final BillingOrderRepository orders;
    private final InvoiceRepository invoices;
    private final PriceRepository prices;
    private final InvoicePricing pricing;
    private final BillingPolicy policy;
    private final BillingEventPublisher events;
    private final Clock clock;

    public InvoiceIssuing(BillingOrderRepository orders, InvoiceRepository invoices, PriceRepository prices,
            InvoicePricing pricing, BillingPolicy policy, BillingEventPublisher events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.prices = prices;
        this.pricing = pricing;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invoices the allocated stock. If a sku has no price yet the allocation is kept as an invoice AWAITING_PRICES
     * rather than refused, and {@link #issueInvoicesAwaiting} issues it once ops price it.
     */
    @Transactional
    public void prepareInvoice(AllocatedStock allocation) {
        BillingOrder order = orders.findByIdOptional(allocation.orderId()).orElseThrow(
                () -> new NotFound("stock allocated for order " + allocation.orderId()
                        + ", which billing never received"));
        Optional<Invoice> existing = invoices.findByIdOptional(order.getOrderId(), LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent()) {
            // a reshipment allocates the stock again; the customer already has (or will get) this one invoice
            LOG.infof("order %s already has its invoice (%s); the repeated StockAllocated changes nothing",
                    order.getOrderId(), existing.get().getStatus());
            return;
        }
        if (order.isCancelled()) {
            LOG.infof("order %s was cancelled before its stock was allocated; it gets no invoice", order.getOrderId());
            return;
        }
        requireInvoiceableItems(allocation);

        Invoice invoice = Invoice.allocated(order, allocation.items(), policy.currencyCode(), clock.instant());
        invoices.persist(invoice);
        if (!pricing.missingPrices(invoice).isEmpty()) {
            // PUT /prices takes the same lock before it looks for waiting invoices: looking again under the lock,
            // a price set meanwhile is either seen here or this waiting invoice is seen there, never neither
            prices.lockPriceList();
        }
        SortedSet<String> missing = pricing.missingPrices(invoice);
        if (!missing.isEmpty()) {
            LOG.warnf("order %s waits for prices of sku %s before it can be invoiced", order.getOrderId(),
                    String.join(", ", missing));
            return;
        }
        try {
            issue(invoice, order);
        } catch (IllegalArgumentException e) {
            throw new NotPossible("cannot invoice order " + order.getOrderId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Issues every invoice that waited for the price of this sku and now has all its prices. Runs in the
     * transaction that set the price, after it, so the new price and the InvoicePrepared events commit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Invoice> issueInvoicesAwaiting(String pricedSku) {
        prices.lockPriceList();
        List<Invoice> issued = new ArrayList<>();
        for (Invoice invoice : invoices.awaitingPricesOf(pricedSku)) {
            if (!pricing.missingPrices(invoice).isEmpty()) {
                continue;
            }
            BillingOrder order = orders.findById(invoice.getOrderId());
            try {
                issue(invoice, order);
            } catch (IllegalArgumentException e) {
                throw new Conflict("the price of " + pricedSku + " cannot issue the waiting invoice of order "
                        + invoice.getOrderId() + ": " + e.getMessage(), e);
            }
            LOG.infof("order %s had waited for prices and is invoiced as %s", invoice.getOrderId(),
                    invoice.getNumber());
            issued.add(invoice);
        }
        return issued;
    }

    private void issue(Invoice invoice, BillingOrder order) {
        InvoiceCalculation calculation = pricing.calculate(invoice, order);
        Instant now = clock.instant();
        invoice.issue(nextInvoiceNumber(now), calculation, pricing.noteFor(order), now);
        events.invoicePrepared(invoice);
    }

    /** Refused up front, so that only allocations that can be invoiced once priced are ever kept waiting. */
    private static void requireInvoiceableItems(AllocatedStock allocation) {
        String orderId = allocation.orderId();
        if (allocation.items() == null || allocation.items().isEmpty()) {
            throw new NotPossible("stock allocated for order " + orderId + " has no items");
        }
        for (AllocatedStock.Item item : allocation.items()) {
            if (item.sku() == null || item.sku().isBlank() || item.sku().length() > 64) {
                throw new NotPossible("stock allocated for order " + orderId
                        + " has an item without a valid sku: " + item.sku());
            }
            if (item.quantity() <= 0) {
                throw new NotPossible("stock allocated for order " + orderId + " has sku " + item.sku()
                        + " with quantity " + item.quantity() + "; it needs a quantity above zero");
            }
        }
    }

    private String nextInvoiceNumber(Instant issuedAt) {
        return "INV-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), invoices.nextInvoiceSequence());
    }
}
