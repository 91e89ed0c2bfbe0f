package com.example.fulfillment.inventory.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.inventory.domain.StockReceipt;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StockReceiptRepository implements PanacheRepositoryBase<StockReceipt, UUID> {
}
