package com.example.fulfillment.shipping.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The current label: the carrier and the tracking number it gives the parcel, and the printed document. A label
 * bought from the carrier platform also keeps the platform's shipment and tracker, why its rate was chosen, the
 * PDF (and ZPL) exactly as sold, and, once asked for, the refund of the unused label.
 */
@Embeddable
public class ShippingLabel {

    private String carrier;
    private String trackingNumber;
    @Column(name = "label")
    private String document;
    private Instant labelledAt;

    private String platformShipmentId;
    private String trackerId;
    @Column(name = "label_service")
    private String service;
    private String rateReason;
    private byte[] labelPdf;
    private byte[] labelZpl;
    @Enumerated(EnumType.STRING)
    private LabelRefund.State refundState;

    protected ShippingLabel() {
    }

    ShippingLabel(String carrier, String trackingNumber, Instant labelledAt) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.labelledAt = labelledAt;
    }

    static ShippingLabel bought(RateChoice choice, BoughtLabel bought, Instant labelledAt) {
        ShippingLabel label = new ShippingLabel(bought.carrier(), bought.trackingCode(), labelledAt);
        label.platformShipmentId = bought.platformShipmentId();
        label.trackerId = bought.trackerId();
        label.service = bought.service();
        label.rateReason = choice.reason();
        label.labelPdf = bought.pdf();
        label.labelZpl = bought.zpl().orElse(null);
        label.document = bought.carrier() + " " + bought.service() + " label " + bought.trackingCode()
                + " (PDF from the carrier platform)";
        return label;
    }

    /** The document shows the tracking number and the package's weight, so it is printed once both are known. */
    void print(ShippingDocument printed) {
        this.document = printed.content();
    }

    void refunded(LabelRefund refund) {
        this.refundState = refund.state();
    }

    public boolean isFromCarrierPlatform() {
        return platformShipmentId != null;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getDocument() {
        return document;
    }

    public Instant getLabelledAt() {
        return labelledAt;
    }

    public String getPlatformShipmentId() {
        return platformShipmentId;
    }

    public String getTrackerId() {
        return trackerId;
    }

    /** The carrier's service the label was bought for; null for a label from the carrier contracts. */
    public String getService() {
        return service;
    }

    public String getRateReason() {
        return rateReason;
    }

    public byte[] getLabelPdf() {
        return labelPdf;
    }

    public byte[] getLabelZpl() {
        return labelZpl;
    }

    public LabelRefund.State getRefundState() {
        return refundState;
    }
}
