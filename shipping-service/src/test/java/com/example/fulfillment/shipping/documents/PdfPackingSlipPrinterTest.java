package com.example.fulfillment.shipping.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.shipping.PdfText;
import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.PackingSlipPrinter.Line;
import com.example.fulfillment.shipping.domain.PackingSlipPrinter.PackingSlip;

class PdfPackingSlipPrinterTest {

    private static final Address WAREHOUSE = new Address("Fulfillment Warehouse", "Lagerstrasse 5", "Berlin", "10115",
            null, "DE");
    private static final Address CUSTOMER = new Address("Jan Łukasiewicz", "ul. Długa 3", "Kraków", "31-147",
            "Małopolskie", "PL");

    private final PdfPackingSlipPrinter printer = new PdfPackingSlipPrinter();

    @Test
    void theSlipSaysWhatIsInTheBoxAndForWhomInTheirOwnLetters() {
        byte[] pdf = printer.print(slip(List.of(new Line(2, "BOOK-7", "Война и мир", false),
                new Line(1, "VASE-1", "Vase «Αθήνα»", true)), "Wszystkiego najlepszego! 🎂"));

        PdfText.keep(pdf, "packing-slip.pdf");
        String text = PdfText.of(pdf);
        assertTrue(text.startsWith("PACKING SLIP"), text);
        assertTrue(text.contains("Order ORD-1    Package PKG-42"), text);
        assertTrue(text.contains("Invoice INV-2026-000042"), text);
        assertTrue(text.contains("Ship to: Jan Łukasiewicz, ul. Długa 3, 31-147 Kraków, Małopolskie, PL"), text);
        assertTrue(text.contains("From: Fulfillment Warehouse, Lagerstrasse 5, 10115 Berlin, DE"), text);
        assertTrue(text.contains("2 x BOOK-7   Война и мир"), text);
        assertTrue(text.contains("1 x VASE-1   Vase «Αθήνα»   (fragile)"), text);
        assertTrue(text.contains("Message card: Wszystkiego najlepszego! ?"), "no glyph for the emoji: " + text);
        assertTrue(text.strip().endsWith("PKG-42"), "the barcode's value is printed beneath it: " + text);
        assertEquals(1, PdfText.pages(pdf));
    }

    @Test
    void aLongOrderGoesOnToASecondPageAndALongMessageIsWrapped() {
        List<Line> lines = IntStream.rangeClosed(1, 60).mapToObj(i -> new Line(1, "SKU-" + i, "Item " + i, false))
                .toList();
        String message = "word ".repeat(80).strip();

        byte[] pdf = printer.print(slip(lines, message));

        String text = PdfText.of(pdf);
        assertTrue(PdfText.pages(pdf) >= 2, "sixty rows do not fit one A4 page");
        assertTrue(text.contains("1 x SKU-60   Item 60"), text);
        long wordsPrinted = text.lines().flatMap(line -> List.of(line.split(" ")).stream())
                .filter("word"::equals).count();
        assertEquals(80, wordsPrinted, "every word of the message is printed, over several lines");
        assertFalse(text.lines().anyMatch(line -> line.length() > 120), "no line runs off the page");
    }

    @Test
    void noMessageCardNoInvoiceYet() {
        String text = PdfText.of(printer.print(new PackingSlip("ORD-2", "PKG-2", null, "2026-12-02", "SMALL, 300 g",
                WAREHOUSE, CUSTOMER, List.of(new Line(1, "MUG-1", null, false)), "CARDBOARD_BOX", null)));

        assertTrue(text.contains("Invoice -"), text);
        assertTrue(text.contains("1 x MUG-1   -"), text);
        assertFalse(text.contains("Message card"), text);
    }

    private static PackingSlip slip(List<Line> lines, String message) {
        return new PackingSlip("ORD-1", "PKG-42", "INV-2026-000042", "2026-12-02", "MEDIUM, 1450 g", WAREHOUSE,
                CUSTOMER, lines, "CARDBOARD_BOX, GIFT_WRAP, MESSAGE_CARD", message);
    }
}
