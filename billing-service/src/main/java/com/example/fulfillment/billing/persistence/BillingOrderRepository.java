package com.example.fulfillment.billing.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.BillingOrder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BillingOrderRepository implements PanacheRepositoryBase<BillingOrder, String> {
}
