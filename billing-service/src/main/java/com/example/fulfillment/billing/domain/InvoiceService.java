package com.example.fulfillment.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.billing.persistence.BillingOrderRepository;
import com.example.fulfillment.billing.persistence.InvoiceRepository;
import com.example.fulfillment.billing.persistence.PriceRepository;
import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.problem.ProblemException;

/**
 * Billing's part of the saga: keeps its copy of each order, prepares the order's one invoice once its stock is
 * allocated (waiting for prices ops have not set yet), voids it when the order is cancelled and credits it when
 * the order is refunded. Every change publishes its event in the same transaction.
 */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    private final BillingOrderRepository orders;
    private final InvoiceRepository invoices;
    private final PriceRepository prices;
    private final BillingPolicy policy;
    private final EventPublisher publisher;
    private final Clock clock;

    public InvoiceService(BillingOrderRepository orders, InvoiceRepository invoices, PriceRepository prices,
            BillingPolicy policy, EventPublisher publisher, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.prices = prices;
        this.policy = policy;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public void recordOrder(OrderReceived event) {
        if (event.customer() == null || event.shippingAddress() == null || event.shippingMethod() == null) {
            throw new UnprocessableEventException("order " + event.orderId()
                    + " lacks the customer, shipping address or shipping method billing needs");
        }
        if (orders.findByIdOptional(event.orderId()).isPresent()) {
            LOG.infof("order %s is already known to billing; the repeated OrderReceived changes nothing",
                    event.orderId());
            return;
        }
        BillingOrder order = new BillingOrder();
        order.orderId = event.orderId();
        order.customerName = event.customer().name();
        order.customerEmail = event.customer().email();
        order.recipient = event.shippingAddress().recipient();
        order.street = event.shippingAddress().street();
        order.city = event.shippingAddress().city();
        order.postalCode = event.shippingAddress().postalCode();
        order.region = event.shippingAddress().region();
        order.country = event.shippingAddress().country();
        order.shippingMethod = event.shippingMethod();
        order.giftWrap = event.options() != null && event.options().giftWrap();
        order.specialPackaging = event.options() != null && event.options().specialPackaging();
        order.discountCode = event.discountCode();
        order.receivedAt = event.receivedAt();
        orders.persist(order);
    }

    /**
     * Step 4: invoices the allocated stock. If a sku has no price yet the allocation is kept as an invoice
     * AWAITING_PRICES rather than refused, and {@link #issueInvoicesAwaiting} issues it once ops price it.
     */
    @Transactional
    public void prepareInvoice(StockAllocated event) {
        BillingOrder order = orders.findByIdOptional(event.orderId()).orElseThrow(
                () -> new UnprocessableEventException("stock allocated for order " + event.orderId()
                        + ", which billing never received"));
        Optional<Invoice> existing = invoices.findByIdOptional(order.orderId, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent()) {
            // a reshipment allocates the stock again; the customer already has (or will get) this one invoice
            LOG.infof("order %s already has its invoice (%s); the repeated StockAllocated changes nothing",
                    order.orderId, existing.get().status);
            return;
        }
        if (order.isCancelled()) {
            LOG.infof("order %s was cancelled before its stock was allocated; it gets no invoice", order.orderId);
            return;
        }
        requireInvoiceableItems(order.orderId, event.items());

        Invoice invoice = Invoice.allocated(order, event.items(), policy.currencyCode(), clock.instant());
        invoices.persist(invoice);
        if (!missingPrices(invoice).isEmpty()) {
            // PUT /prices takes the same lock before it looks for waiting invoices: looking again under the lock,
            // a price set meanwhile is either seen here or this waiting invoice is seen there, never neither
            prices.lockPriceList();
        }
        SortedSet<String> missing = missingPrices(invoice);
        if (!missing.isEmpty()) {
            LOG.warnf("order %s waits for prices of sku %s before it can be invoiced", order.orderId,
                    String.join(", ", missing));
            return;
        }
        try {
            issue(invoice, order);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("cannot invoice order " + order.orderId + ": " + e.getMessage(), e);
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
            if (!missingPrices(invoice).isEmpty()) {
                continue;
            }
            BillingOrder order = orders.findById(invoice.orderId);
            try {
                issue(invoice, order);
            } catch (IllegalArgumentException e) {
                throw ProblemException.conflict("the price of " + pricedSku + " cannot issue the waiting invoice of"
                        + " order " + invoice.orderId + ": " + e.getMessage());
            }
            LOG.infof("order %s had waited for prices and is invoiced as %s", invoice.orderId, invoice.number);
            issued.add(invoice);
        }
        return issued;
    }

    @Transactional
    public void voidInvoice(OrderCancelled event) {
        BillingOrder order = orders.findByIdOptional(event.orderId()).orElseThrow(
                () -> new UnprocessableEventException("order " + event.orderId()
                        + " was cancelled, but billing never received it"));
        Instant now = clock.instant();
        order.cancel(now);
        Optional<Invoice> invoice = invoices.findByIdOptional(order.orderId, LockModeType.PESSIMISTIC_WRITE);
        String reason = event.reason() == null || event.reason().isBlank() ? "order cancelled" : event.reason();
        // an invoice still waiting for prices was never issued: nobody else knows it, so there is nothing to announce
        if (invoice.isPresent() && invoice.get().voidBecause(reason, now) && invoice.get().wasIssued()) {
            publisher.publish(new InvoiceVoided(order.orderId, invoice.get().number, reason));
        }
    }

    /**
     * Refunds the order in full: a credit note for the whole invoice. Without an issued, owed invoice there is
     * nothing to refund, which is logged and changes nothing; an invoice still waiting for prices is voided, so
     * that prices set later never bill a refunded order.
     */
    @Transactional
    public void refund(OrderRefunded event) {
        Optional<Invoice> found = invoices.findByIdOptional(event.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            LOG.warnf("order %s was refunded but has no invoice: nothing to refund", event.orderId());
            return;
        }
        Invoice invoice = found.get();
        Instant now = clock.instant();
        if (invoice.isAwaitingPrices()) {
            invoice.voidBecause("order refunded before its invoice was issued", now);
            LOG.warnf("order %s was refunded before its invoice was issued: nothing to refund, the waiting invoice"
                    + " is voided", event.orderId());
            return;
        }
        if (!invoice.isRefundable()) {
            LOG.infof("order %s was refunded, but its invoice %s is %s: nothing to refund", event.orderId(),
                    invoice.number, invoice.status);
            return;
        }
        String reason = event.reason() == null || event.reason().isBlank() ? "order refunded" : event.reason();
        invoice.refund(nextCreditNoteNumber(now), event.requestedBy(), reason, now);
        publisher.publish(new RefundIssued(invoice.orderId, invoice.number, invoice.creditNoteNumber,
                invoice.currency, invoice.refundAmount));
    }

    /**
     * A reshipment sends the same goods again at the seller's cost: the invoice stays as issued, and the
     * StockAllocated that follows it finds the invoice and bills nothing.
     */
    @Transactional
    public void recordReshipment(ReshipmentRequested event) {
        Optional<Invoice> invoice = invoices.findByIdOptional(event.orderId());
        LOG.infof("order %s is reshipped at no cost to the customer (requested by %s: %s); its invoice %s stays"
                + " as it is", event.orderId(), event.requestedBy(), event.reason(),
                invoice.map(i -> i.number + " " + i.status).orElse("(none)"));
    }

    public Optional<Invoice> invoiceOf(String orderId) {
        return invoices.find("from Invoice i left join fetch i.lines where i.orderId = ?1", orderId)
                .firstResultOptional();
    }

    public List<Invoice> invoicesIn(InvoiceStatus status, int limit) {
        return invoices.inStatus(status, limit);
    }

    /** The skus of an invoice waiting for prices that still have none, sorted; empty for any other invoice. */
    public SortedSet<String> missingPrices(Invoice invoice) {
        if (!invoice.isAwaitingPrices()) {
            return new TreeSet<>();
        }
        Map<String, Price> priceBySku = prices.bySku(
                invoice.allocatedItems.stream().map(item -> item.sku).toList());
        return invoice.allocatedItems.stream().map(item -> item.sku).filter(sku -> !priceBySku.containsKey(sku))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void issue(Invoice invoice, BillingOrder order) {
        InvoiceCalculation calculation = policy.calculator().calculate(chargeableItems(order, invoice),
                policy.discountFor(order.discountCode), policy.taxRateFor(order.country));
        Instant now = clock.instant();
        invoice.issue(nextInvoiceNumber(now), calculation, noteFor(order), now);
        publisher.publish(new InvoicePrepared(order.orderId, invoice.number, invoice.currency,
                calculation.lines().stream().map(line -> new InvoiceLine(line.description(), line.sku(),
                        line.quantity(), line.unitPrice(), line.amount())).toList(),
                invoice.subtotal, invoice.discountTotal, invoice.feesTotal, invoice.taxTotal, invoice.total));
    }

    /** Refused up front, so that only allocations that can be invoiced once priced are ever kept waiting. */
    private static void requireInvoiceableItems(String orderId, List<AllocatedItem> items) {
        if (items == null || items.isEmpty()) {
            throw new UnprocessableEventException("stock allocated for order " + orderId + " has no items");
        }
        for (AllocatedItem item : items) {
            if (item.sku() == null || item.sku().isBlank() || item.sku().length() > 64) {
                throw new UnprocessableEventException("stock allocated for order " + orderId
                        + " has an item without a valid sku: " + item.sku());
            }
            if (item.quantity() <= 0) {
                throw new UnprocessableEventException("stock allocated for order " + orderId + " has sku "
                        + item.sku() + " with quantity " + item.quantity() + "; it needs a quantity above zero");
            }
        }
    }

    /** Call only when every allocated sku has a price. */
    private List<ChargeableItem> chargeableItems(BillingOrder order, Invoice invoice) {
        Map<String, Price> priceBySku = prices.bySku(
                invoice.allocatedItems.stream().map(item -> item.sku).toList());
        List<ChargeableItem> chargeable = new ArrayList<>();
        for (InvoiceAllocatedItem item : invoice.allocatedItems) {
            chargeable.add(ChargeableItem.product(item.description(), item.sku, item.quantity,
                    priceBySku.get(item.sku).unitPrice));
        }
        chargeable.addAll(policy.feesFor(order.shippingMethod, order.giftWrap, order.specialPackaging));
        return chargeable;
    }

    private String noteFor(BillingOrder order) {
        return policy.isUnknownDiscount(order.discountCode)
                ? "Discount code " + order.discountCode.trim() + " is not valid and was not applied."
                : null;
    }

    private String nextInvoiceNumber(Instant issuedAt) {
        return "INV-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), invoices.nextInvoiceSequence());
    }

    private String nextCreditNoteNumber(Instant issuedAt) {
        return "CN-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), invoices.nextCreditNoteSequence());
    }
}
