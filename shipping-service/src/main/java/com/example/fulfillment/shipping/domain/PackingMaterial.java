package com.example.fulfillment.shipping.domain;

public enum PackingMaterial {
    CARDBOARD_BOX, BUBBLE_WRAP, FOAM_INSERTS, PACKING_PEANUTS, SPECIAL_PACKAGING, GIFT_WRAP, MESSAGE_CARD
}
