package com.example.fulfillment.shipping.domain;

import static com.example.fulfillment.shipping.domain.PackingMaterial.BUBBLE_WRAP;
import static com.example.fulfillment.shipping.domain.PackingMaterial.CARDBOARD_BOX;
import static com.example.fulfillment.shipping.domain.PackingMaterial.FOAM_INSERTS;
import static com.example.fulfillment.shipping.domain.PackingMaterial.GIFT_WRAP;
import static com.example.fulfillment.shipping.domain.PackingMaterial.MESSAGE_CARD;
import static com.example.fulfillment.shipping.domain.PackingMaterial.PACKING_PEANUTS;
import static com.example.fulfillment.shipping.domain.PackingMaterial.SPECIAL_PACKAGING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PackingPolicyTest {

    private final PackingPolicy policy = new PackingPolicy();

    private static ShipmentItem item(int quantity, int grams, int l, int w, int h, boolean fragile) {
        return new ShipmentItem("SKU-" + l, "item", "misc", quantity, grams, l, w, h, fragile);
    }

    @Test
    void plainSmallItemGoesInASmallBoxWithNothingElse() {
        // 2 x 180x150x60 mm = 3.24 l; with the margin 4.05 l fits S (5 l), and fills more than half of it
        PackingPlan plan = policy.plan(List.of(item(2, 300, 180, 150, 60, false)), false, false, null);

        assertEquals(BoxSize.S, plan.boxSize());
        assertEquals(List.of(CARDBOARD_BOX), plan.materials());
        assertEquals(600 + BoxSize.S.tareGrams(), plan.weightGrams());
    }

    @Test
    void boxGrowsWithVolumePlusMargin() {
        // 10.8 l of items fits M (13.1 l) by volume but not with a 25 % margin (13.5 l): L
        PackingPlan plan = policy.plan(List.of(item(1, 1000, 300, 240, 150, false)), false, false, null);

        assertEquals(BoxSize.L, plan.boxSize());
    }

    @Test
    void aLongItemNeedsABoxLongEnough() {
        PackingPlan plan = policy.plan(List.of(item(1, 500, 420, 50, 50, false)), false, false, null);

        assertEquals(BoxSize.L, plan.boxSize());
    }

    @Test
    void fragileItemsGetBubbleWrapAndLightOnesNoFoam() {
        PackingPlan plan = policy.plan(List.of(item(1, 800, 200, 180, 120, true)), false, false, null);

        assertTrue(plan.materials().contains(BUBBLE_WRAP));
        assertFalse(plan.materials().contains(FOAM_INSERTS));
    }

    @Test
    void fragileAndHeavyItemsGetFoamInserts() {
        PackingPlan plan = policy.plan(List.of(item(1, 2500, 200, 180, 120, true)), false, false, null);

        assertTrue(plan.materials().containsAll(List.of(BUBBLE_WRAP, FOAM_INSERTS)));
    }

    @Test
    void heavyButSturdyItemsGetNoFoam() {
        PackingPlan plan = policy.plan(List.of(item(1, 5000, 200, 180, 120, false)), false, false, null);

        assertFalse(plan.materials().contains(FOAM_INSERTS));
        assertFalse(plan.materials().contains(BUBBLE_WRAP));
    }

    @Test
    void specialPackagingBringsFoamInsertsToo() {
        PackingPlan plan = policy.plan(List.of(item(1, 300, 200, 180, 120, false)), true, false, null);

        assertTrue(plan.materials().containsAll(List.of(SPECIAL_PACKAGING, FOAM_INSERTS)));
    }

    @Test
    void aMostlyEmptyBoxIsFilledWithPeanuts() {
        // 0.2 l in a 5 l box
        PackingPlan plan = policy.plan(List.of(item(1, 100, 100, 50, 40, false)), false, false, null);

        assertEquals(BoxSize.S, plan.boxSize());
        assertTrue(plan.materials().contains(PACKING_PEANUTS));
    }

    @Test
    void giftOrdersAreWrappedWithAMessageCard() {
        PackingPlan plan = policy.plan(List.of(item(1, 300, 200, 180, 60, false)), false, true, "Alles Gute 🎉");

        assertTrue(plan.materials().containsAll(List.of(GIFT_WRAP, MESSAGE_CARD)));
    }

    @Test
    void aBlankGiftMessageNeedsNoCard() {
        PackingPlan plan = policy.plan(List.of(item(1, 300, 200, 180, 60, false)), false, true, "  ");

        assertTrue(plan.materials().contains(GIFT_WRAP));
        assertFalse(plan.materials().contains(MESSAGE_CARD));
    }

    @Test
    void weightIsItemsTimesQuantityPlusTheBoxTare() {
        PackingPlan plan = policy.plan(List.of(item(3, 400, 100, 100, 100, false), item(1, 1200, 300, 200, 100, true)),
                false, false, null);

        assertEquals(3 * 400 + 1200 + plan.boxSize().tareGrams(), plan.weightGrams());
    }
}
