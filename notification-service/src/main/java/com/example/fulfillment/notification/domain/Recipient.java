package com.example.fulfillment.notification.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The customer of one order as OrderReceived described them: who they are and where they want to hear from us. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    private String orderId;

    private String name;

    private String email;

    private String phone;

    /** The chosen channels as the column stores them, e.g. "EMAIL,SMS"; {@link #channels()} reads them. */
    @Column(name = "channels")
    private String channelList;

    private Instant receivedAt;

    /**
     * The tracking number of the order's latest shipment, from Shipped: what a delivery issue or a reshipment
     * is about, so that a repeated report or request is told once but one about the next shipment is told anew.
     */
    private String lastTrackingNumber;

    /**
     * Where the customer stands after the last delivery update they were told (parcel, news and, for a delay, its
     * date): a tracking scan that leaves them there is not told again.
     */
    private String deliveryStanding;

    protected Recipient() {
    }

    public Recipient(String orderId, String name, String email, String phone, List<NotificationChannel> channels,
            Instant receivedAt) {
        this.orderId = orderId;
        this.name = name == null || name.isBlank() ? "customer" : name;
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        // a customer who chose nothing still has to learn that the order shipped: e-mail is the shop's default
        Set<NotificationChannel> chosen = channels == null || channels.isEmpty()
                ? EnumSet.of(NotificationChannel.EMAIL)
                : EnumSet.copyOf(channels);
        this.channelList = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
        this.receivedAt = receivedAt;
    }

    public Set<NotificationChannel> channels() {
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        Arrays.stream(channelList.split(",")).filter(s -> !s.isBlank())
                .map(NotificationChannel::valueOf).forEach(channels::add);
        return channels;
    }

    /**
     * Where a message on this channel goes, if the customer chose the channel and gave what it needs
     * (an SMS needs a phone number, an e-mail an address). The portal shows messages to the customer by name.
     */
    public Optional<String> addressFor(NotificationChannel channel) {
        if (!channels().contains(channel)) {
            return Optional.empty();
        }
        return switch (channel) {
            case EMAIL -> Optional.ofNullable(email);
            case SMS -> Optional.ofNullable(phone);
            case PORTAL -> Optional.of(name);
        };
    }

    public String getOrderId() {
        return orderId;
    }

    /** How messages address the customer by name: on the portal, and in every greeting. */
    public String getName() {
        return name;
    }

    /** The latest shipment's tracking number, or null while nothing has shipped. */
    public String getLastTrackingNumber() {
        return lastTrackingNumber;
    }

    /** Remembers the shipment now on its way; a reshipment's Shipped replaces the earlier one. */
    public void shipmentHandedOver(String trackingNumber) {
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            lastTrackingNumber = trackingNumber.strip();
        }
    }

    /** Whether a delivery update leaving the customer at this standing would tell them anything new. */
    public boolean isNews(String standing) {
        return !standing.equals(deliveryStanding);
    }

    /** Remembers where the customer stands after being told a delivery update. */
    public void toldDelivery(String standing) {
        deliveryStanding = standing;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
