package com.example.fulfillment.shipping.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses box and materials for an order's items. Pure, so that the packing rules can be read and tested
 * without a warehouse.
 */
public class PackingPolicy {

    /** Room for padding and for the packer's hands: the box must hold this much more than the items. */
    static final double VOLUME_MARGIN = 1.25;
    /** A fragile item heavier than this shifts inside bubble wrap alone, so it gets foam inserts. */
    static final int HEAVY_ITEM_GRAMS = 2000;

    public PackingPlan plan(List<ShipmentItem> items, boolean specialPackaging, boolean giftWrap, String giftMessage) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pack");
        }
        long itemsVolume = items.stream().mapToLong(ShipmentItem::volumeCubicMm).sum();
        int longestSide = items.stream().mapToInt(ShipmentItem::longestSideMm).max().orElse(0);
        BoxSize box = smallestBoxFor((long) Math.ceil(itemsVolume * VOLUME_MARGIN), longestSide);

        List<PackingMaterial> materials = new ArrayList<>();
        materials.add(PackingMaterial.CARDBOARD_BOX);
        boolean anyFragile = items.stream().anyMatch(ShipmentItem::isFragile);
        if (anyFragile) {
            materials.add(PackingMaterial.BUBBLE_WRAP);
        }
        boolean fragileAndHeavy = items.stream()
                .anyMatch(item -> item.isFragile() && item.getWeightGrams() > HEAVY_ITEM_GRAMS);
        if (fragileAndHeavy || specialPackaging) {
            materials.add(PackingMaterial.FOAM_INSERTS);
        }
        // the empty space would let the items move
        if (box.volumeCubicMm() > 2 * itemsVolume) {
            materials.add(PackingMaterial.PACKING_PEANUTS);
        }
        if (specialPackaging) {
            materials.add(PackingMaterial.SPECIAL_PACKAGING);
        }
        if (giftWrap) {
            materials.add(PackingMaterial.GIFT_WRAP);
        }
        if (giftMessage != null && !giftMessage.isBlank()) {
            materials.add(PackingMaterial.MESSAGE_CARD);
        }
        int weight = items.stream().mapToInt(ShipmentItem::totalWeightGrams).sum() + box.tareGrams();
        return new PackingPlan(box, List.copyOf(materials), weight, itemsVolume);
    }

    /** The largest box when nothing fits: the packer then splits or straps by hand (not modelled). */
    private static BoxSize smallestBoxFor(long neededVolume, int longestSide) {
        return Arrays.stream(BoxSize.values())
                .filter(box -> box.volumeCubicMm() >= neededVolume && box.longestSideMm() >= longestSide)
                .findFirst()
                .orElse(BoxSize.XL);
    }
}
