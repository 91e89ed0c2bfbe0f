package com.example.fulfillment.notification.domain;

/**
 * Fits an SMS text into one message. We shorten rather than send several concatenated segments: every segment
 * is billed, some phones show split messages out of order, and each message kind's e-mail and portal text carry
 * the full story anyway.
 *
 * <p>One SMS holds 160 characters of the GSM 03.38 alphabet (the characters of its extension table, such as
 * € [ ] { } ~ ^ \ |, take two), or 70 UTF-16 units as soon as one character is outside that alphabet (an emoji,
 * a Cyrillic letter, a typographic quote), because the whole message is then sent as UCS-2. A text that does
 * not fit is cut at the last word boundary that leaves room for an ellipsis, or inside a word if the first word
 * alone is too long; a character is never cut in half (an emoji is two UTF-16 units).
 */
public final class SmsText {

    public static final int GSM_LIMIT = 160;
    public static final int UCS2_LIMIT = 70;

    /** "…" is not in the GSM alphabet: a GSM text ends in three dots, so that it stays a 160-character message. */
    static final String GSM_ELLIPSIS = "...";
    static final String UCS2_ELLIPSIS = "…";

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsText() {
    }

    /** The text unchanged if it fits one SMS, else shortened at a word boundary and ended with an ellipsis. */
    public static String fitToOneMessage(String text) {
        if (text == null) {
            return null;
        }
        boolean gsm = isGsm(text);
        int limit = gsm ? GSM_LIMIT : UCS2_LIMIT;
        if (length(text, gsm) <= limit) {
            return text;
        }
        String ellipsis = gsm ? GSM_ELLIPSIS : UCS2_ELLIPSIS;
        int budget = limit - length(ellipsis, gsm);
        int end = longestPrefixWithin(text, gsm, budget);
        int wordBoundary = lastWhitespaceAtOrBefore(text, end);
        String kept = wordBoundary > 0 ? text.substring(0, wordBoundary) : text.substring(0, end);
        return kept.stripTrailing() + ellipsis;
    }

    /** Whether the text travels as one SMS unchanged. */
    public static boolean fits(String text) {
        boolean gsm = isGsm(text);
        return length(text, gsm) <= (gsm ? GSM_LIMIT : UCS2_LIMIT);
    }

    /** Whether every character is in the GSM 03.38 alphabet, so the text travels as 7-bit GSM. */
    public static boolean isGsm(String text) {
        return text.codePoints().allMatch(SmsText::isGsmCharacter);
    }

    /** The text's length as the SMS network counts it: GSM septets, or UTF-16 units for UCS-2. */
    public static int length(String text, boolean gsm) {
        return gsm ? text.codePoints().map(SmsText::septets).sum() : text.length();
    }

    private static boolean isGsmCharacter(int codePoint) {
        return GSM_BASIC.indexOf(codePoint) >= 0 || GSM_EXTENSION.indexOf(codePoint) >= 0;
    }

    private static int septets(int codePoint) {
        return GSM_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 1;
    }

    /** The end index of the longest prefix, whole code points only, whose length stays within the budget. */
    private static int longestPrefixWithin(String text, boolean gsm, int budget) {
        int used = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int cost = gsm ? septets(codePoint) : Character.charCount(codePoint);
            if (used + cost > budget) {
                break;
            }
            used += cost;
            index += Character.charCount(codePoint);
        }
        return index;
    }

    /**
     * Where the kept words end: the whitespace right after the prefix (the prefix ends with a whole word), or the
     * last one inside it; -1 if the prefix is one word.
     */
    private static int lastWhitespaceAtOrBefore(String text, int end) {
        for (int index = end; index > 0; index--) {
            if (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                return index;
            }
        }
        return -1;
    }
}
