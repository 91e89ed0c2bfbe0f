package com.example.fulfillment.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
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
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.InvoiceLine;

/**
 * Billing's part of the saga: keeps its copy of each order, prepares the order's one invoice once its stock is
 * allocated, and voids it when the order is cancelled. Every change publishes its event in the same transaction.
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

    @Transactional
    public void prepareInvoice(StockAllocated event) {
        BillingOrder order = orders.findByIdOptional(event.orderId()).orElseThrow(
                () -> new UnprocessableEventException("stock allocated for order " + event.orderId()
                        + ", which billing never received"));
        if (invoices.findByIdOptional(order.orderId).isPresent()) {
            LOG.infof("order %s already has its invoice; the repeated StockAllocated changes nothing", order.orderId);
            return;
        }
        if (order.isCancelled()) {
            LOG.infof("order %s was cancelled before its stock was allocated; it gets no invoice", order.orderId);
            return;
        }
        if (event.items() == null || event.items().isEmpty()) {
            throw new UnprocessableEventException("stock allocated for order " + order.orderId + " has no items");
        }

        InvoiceCalculation calculation;
        try {
            calculation = policy.calculator().calculate(chargeableItems(order, event.items()),
                    policy.discountFor(order.discountCode), policy.taxRateFor(order.country));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("cannot invoice order " + order.orderId + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        Invoice invoice = new Invoice(nextInvoiceNumber(now), order, calculation, policy.currencyCode(),
                noteFor(order), now);
        invoices.persist(invoice);
        publisher.publish(new InvoicePrepared(order.orderId, invoice.number, invoice.currency,
                calculation.lines().stream().map(line -> new InvoiceLine(line.description(), line.sku(),
                        line.quantity(), line.unitPrice(), line.amount())).toList(),
                invoice.subtotal, invoice.discountTotal, invoice.feesTotal, invoice.taxTotal, invoice.total));
    }

    @Transactional
    public void voidInvoice(OrderCancelled event) {
        BillingOrder order = orders.findByIdOptional(event.orderId()).orElseThrow(
                () -> new UnprocessableEventException("order " + event.orderId()
                        + " was cancelled, but billing never received it"));
        Instant now = clock.instant();
        order.cancel(now);
        Optional<Invoice> invoice = invoices.findByIdOptional(order.orderId);
        String reason = event.reason() == null || event.reason().isBlank() ? "order cancelled" : event.reason();
        if (invoice.isPresent() && invoice.get().voidBecause(reason, now)) {
            publisher.publish(new InvoiceVoided(order.orderId, invoice.get().number, reason));
        }
    }

    public Optional<Invoice> invoiceOf(String orderId) {
        return invoices.find("from Invoice i left join fetch i.lines where i.orderId = ?1", orderId)
                .firstResultOptional();
    }

    private List<ChargeableItem> chargeableItems(BillingOrder order, List<AllocatedItem> items) {
        Map<String, Price> priceBySku = prices.bySku(items.stream().map(AllocatedItem::sku).toList());
        TreeSet<String> unpriced = new TreeSet<>();
        List<ChargeableItem> chargeable = new ArrayList<>();
        for (AllocatedItem item : items) {
            Price price = priceBySku.get(item.sku());
            if (price == null) {
                unpriced.add(String.valueOf(item.sku()));
                continue;
            }
            String description = item.name() == null || item.name().isBlank() ? item.sku() : item.name();
            chargeable.add(ChargeableItem.product(description, item.sku(), item.quantity(), price.unitPrice));
        }
        if (!unpriced.isEmpty()) {
            throw new UnprocessableEventException("cannot invoice order " + order.orderId
                    + ": no price for sku " + String.join(", ", unpriced));
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
}
