package com.example.fulfillment.shipping.domain;

import java.security.SecureRandom;

/**
 * Tracking numbers that cannot be guessed from one another: the carrier's prefix and 16 random characters from an
 * alphabet without look-alikes (no 0/O, 1/I). A sequence told anyone holding one number the numbers of every other
 * customer's parcels, and with them, through the carrier's tracking page, where those customers live.
 */
final class TrackingNumbers {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    /** 32^16 = 2^80 possible numbers per prefix: a collision is as unlikely as a guess. */
    static String next(String prefix) {
        StringBuilder number = new StringBuilder(prefix.length() + LENGTH).append(prefix);
        for (int i = 0; i < LENGTH; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
