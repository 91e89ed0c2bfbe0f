package com.example.fulfillment.notification.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One product of the order's next parcel as inventory reserved it (StockAllocated), kept so that messages can
 * name products rather than SKUs without asking inventory.
 */
@Entity
@Table(name = "order_item")
public class OrderItem extends PanacheEntityBase {

    @Id
    private UUID id;

    private String orderId;

    private String sku;

    private String productName;

    private int quantity;

    protected OrderItem() {
    }

    public OrderItem(String orderId, ParcelItem item) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.sku = item.sku();
        this.productName = item.productName() == null || item.productName().isBlank() ? null
                : item.productName().strip();
        this.quantity = item.quantity();
    }

    public String getSku() {
        return sku;
    }

    /** Null if inventory named no product. */
    public String getProductName() {
        return productName;
    }

    public ParcelItem asParcelItem() {
        return new ParcelItem(sku, productName, quantity);
    }
}
