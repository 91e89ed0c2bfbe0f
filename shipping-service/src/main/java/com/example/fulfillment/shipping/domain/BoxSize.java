package com.example.fulfillment.shipping.domain;

/** The cardboard boxes on the shelf, smallest first, with their inner size and their own weight. */
public enum BoxSize {
    S(250, 200, 100, 150),
    M(350, 250, 150, 300),
    L(450, 350, 250, 500),
    XL(600, 400, 400, 800);

    private final int lengthMm;
    private final int widthMm;
    private final int heightMm;
    private final int tareGrams;

    BoxSize(int lengthMm, int widthMm, int heightMm, int tareGrams) {
        this.lengthMm = lengthMm;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.tareGrams = tareGrams;
    }

    public long volumeCubicMm() {
        return (long) lengthMm * widthMm * heightMm;
    }

    public int longestSideMm() {
        return lengthMm;
    }

    public int lengthMm() {
        return lengthMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public int tareGrams() {
        return tareGrams;
    }
}
