package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A manifest the warehouse closed: the carrier platform's scan form for the parcels handed over together, who
 * closed it (a person's name, or the daily schedule) and the form's PDF, which the driver signs at the dock.
 */
@Entity
@Table(name = "closed_manifest")
public class ClosedManifest extends PanacheEntityBase {

    /** The platform's scan form id. */
    @Id
    private String id;
    private Instant closedAt;
    private String closedBy;
    @ElementCollection
    @CollectionTable(name = "closed_manifest_parcel", joinColumns = @JoinColumn(name = "manifest_id"))
    @OrderColumn(name = "position")
    @Column(name = "order_id")
    private List<String> orderIds = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "closed_manifest_tracking_code", joinColumns = @JoinColumn(name = "manifest_id"))
    @OrderColumn(name = "position")
    @Column(name = "tracking_code")
    private List<String> trackingCodes = new ArrayList<>();
    private byte[] pdf;

    protected ClosedManifest() {
    }

    public ClosedManifest(Manifest form, List<String> orderIds, String closedBy, Instant closedAt) {
        this.id = form.manifestId();
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.orderIds.addAll(orderIds);
        this.trackingCodes.addAll(form.trackingCodes());
        this.pdf = form.pdf();
    }

    public String getId() {
        return id;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<String> getOrderIds() {
        return Collections.unmodifiableList(orderIds);
    }

    public List<String> getTrackingCodes() {
        return Collections.unmodifiableList(trackingCodes);
    }

    public byte[] getPdf() {
        return pdf;
    }
}
