package com.example.fulfillment.order.domain;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the customer chose at checkout besides the lines: who orders, where the parcel goes and how fast, their
 * wishes, the channels to hear about it on and a discount code. It does not change once the order is received.
 */
@Embeddable
public class Checkout {

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "customer_name"))
    @AttributeOverride(name = "email", column = @Column(name = "customer_email"))
    @AttributeOverride(name = "phone", column = @Column(name = "customer_phone"))
    private Customer customer;

    @Embedded
    private Address shippingAddress;

    @Enumerated(EnumType.STRING)
    private ShippingMethod shippingMethod;

    @Embedded
    private OrderOptions options;

    @Convert(converter = NotificationChannels.class)
    private List<NotificationChannel> notificationChannels;

    private String discountCode;

    protected Checkout() {
    }

    Checkout(NewOrder order) {
        this.customer = order.customer();
        this.shippingAddress = order.shippingAddress();
        this.shippingMethod = order.shippingMethod();
        this.options = order.options();
        this.notificationChannels = List.copyOf(order.notificationChannels());
        this.discountCode = order.discountCode();
    }

    public Customer getCustomer() {
        return customer;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public OrderOptions getOptions() {
        return options;
    }

    public List<NotificationChannel> getNotificationChannels() {
        return notificationChannels;
    }

    public String getDiscountCode() {
        return discountCode;
    }
}
