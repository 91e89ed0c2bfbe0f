package com.example.fulfillment.billing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.billing.persistence.BillingOrderRepository;
import com.example.fulfillment.domain.NotPossible;

/** Keeps billing's own copy of each received order, so invoicing never has to ask order-service. */
@ApplicationScoped
public class BillingOrderService {

    private static final Logger LOG = Logger.getLogger(BillingOrderService.class);

    private final BillingOrderRepository orders;

    public BillingOrderService(BillingOrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    public void recordOrder(OrderToBill order) {
        if (!order.isComplete()) {
            throw new NotPossible("order " + order.orderId()
                    + " lacks the customer, shipping address or shipping method billing needs");
        }
        if (orders.findByIdOptional(order.orderId()).isPresent()) {
            LOG.infof("order %s is already known to billing; the repeated OrderReceived changes nothing",
                    order.orderId());
            return;
        }
        orders.persist(new BillingOrder(order));
    }
}
