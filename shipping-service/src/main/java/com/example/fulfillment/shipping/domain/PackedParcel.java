package com.example.fulfillment.shipping.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The package as the packer closed it: its box, its weight and the slip inside. */
@Embeddable
public class PackedParcel {

    private String packageId;
    @Enumerated(EnumType.STRING)
    private BoxSize boxSize;
    @Column(name = "package_weight_grams")
    private int weightGrams;
    /** The slip's text, for the shipment's view; the PDF is what went into the box and into the dossier. */
    private String packingSlip;
    private byte[] packingSlipPdf;
    private Instant packedAt;

    protected PackedParcel() {
    }

    PackedParcel(String packageId, PackingPlan plan, Instant packedAt) {
        this.packageId = packageId;
        this.boxSize = plan.boxSize();
        this.weightGrams = plan.weightGrams();
        this.packedAt = packedAt;
    }

    /** The slip lists what the closed package holds, so it is written once the package is. */
    void enclose(ShippingDocument slip) {
        this.packingSlip = slip.content();
        this.packingSlipPdf = slip.bytes();
    }

    public String getPackageId() {
        return packageId;
    }

    public BoxSize getBoxSize() {
        return boxSize;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public String getPackingSlip() {
        return packingSlip;
    }

    public byte[] getPackingSlipPdf() {
        return packingSlipPdf;
    }

    public Instant getPackedAt() {
        return packedAt;
    }
}
