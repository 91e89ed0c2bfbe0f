package com.example.fulfillment.shipping.domain;

/** A closed package and where it goes, as a carrier needs it: sizes in millimetres, weight in grams. */
public record ParcelToShip(String reference, Address from, Address to, int lengthMm, int widthMm, int heightMm,
        int weightGrams) {

    /** The box's outer size is taken as its inner size: the cardboard adds less than any carrier rounds to. */
    public static ParcelToShip of(String reference, Address from, Address to, PackedParcel parcel) {
        BoxSize box = parcel.getBoxSize();
        return new ParcelToShip(reference, from, to, box.lengthMm(), box.widthMm(), box.heightMm(),
                parcel.getWeightGrams());
    }
}
