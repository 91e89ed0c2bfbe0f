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
    private String packingSlip;
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

    public Instant getPackedAt() {
        return packedAt;
    }
}
