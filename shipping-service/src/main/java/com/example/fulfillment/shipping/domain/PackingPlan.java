package com.example.fulfillment.shipping.domain;

import java.util.List;

/** What the packer uses for one order and what the package then weighs. */
public record PackingPlan(BoxSize boxSize, List<PackingMaterial> materials, int weightGrams, long itemsVolumeCubicMm) {
}
