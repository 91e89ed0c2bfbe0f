package com.example.fulfillment.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    private static String words(String word, int count) {
        return (word + " ").repeat(count).strip();
    }

    @Test
    void aTextThatFitsIsLeftAlone() {
        String exactly160 = "x".repeat(160);

        assertEquals("Your order has shipped.", SmsText.fitToOneMessage("Your order has shipped."));
        assertEquals(exactly160, SmsText.fitToOneMessage(exactly160));
    }

    @Test
    void aLongGsmTextIsCutAtAWordBoundaryWithThreeDots() {
        // 40 × "word " : 199 characters
        String text = words("word", 40);

        String fitted = SmsText.fitToOneMessage(text);

        assertTrue(fitted.endsWith("word..."), fitted);
        assertTrue(fitted.length() <= SmsText.GSM_LIMIT, fitted.length() + ": " + fitted);
        // 31 whole words (155 characters with their spaces) and the dots: no word is cut
        assertEquals(words("word", 31) + "...", fitted);
        assertTrue(SmsText.isGsm(fitted));
    }

    @Test
    void extensionCharactersCountTwice() {
        // 80 euro signs are 160 septets: they fit exactly; 81 do not
        assertEquals("€".repeat(80), SmsText.fitToOneMessage("€".repeat(80)));
        String fitted = SmsText.fitToOneMessage("€".repeat(81));

        // 78 euro signs (156 septets) and the dots: a 79th would need 161
        assertEquals("€".repeat(78) + "...", fitted);
        assertEquals(159, SmsText.length(fitted, true));
    }

    @Test
    void anEmojiMakesItAUcs2MessageOf70UnitsAndIsNeverCutInHalf() {
        // the emoji is outside the GSM alphabet: the whole SMS is UCS-2, 70 UTF-16 units, the emoji counting two
        String text = "Alles Gute, Ada! 🎁 " + words("Geschenk", 10);
        assertFalse(SmsText.isGsm(text));

        String fitted = SmsText.fitToOneMessage(text);

        assertTrue(fitted.length() <= SmsText.UCS2_LIMIT, fitted.length() + ": " + fitted);
        assertTrue(fitted.endsWith("Geschenk…"), fitted);
        assertTrue(fitted.startsWith("Alles Gute, Ada! 🎁 Geschenk"), fitted);
    }

    @Test
    void emojisAtTheCutAreKeptWholeOrDropped() {
        // one "word" of 40 emojis: 80 UTF-16 units and no space to cut at, so the cut falls between two emojis
        String text = "🎁".repeat(40);

        String fitted = SmsText.fitToOneMessage(text);

        assertEquals("🎁".repeat(34) + "…", fitted);
        assertEquals(69, fitted.length());
        assertTrue(fitted.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE),
                "no half emoji");
    }

    @Test
    void aSingleOverlongWordIsCutInsideTheWord() {
        String fitted = SmsText.fitToOneMessage("TRK-" + "9".repeat(200));

        assertEquals(SmsText.GSM_LIMIT, fitted.length());
        assertTrue(fitted.endsWith("9..."), fitted);
    }
}
