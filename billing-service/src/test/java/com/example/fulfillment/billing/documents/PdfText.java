package com.example.fulfillment.billing.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a person would read it, for the tests of the documents billing renders. */
public final class PdfText {

    private PdfText() {
    }

    /** The text, one line per row and single spaces between the cells, after checking every font is embedded. */
    public static String of(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"), "a PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded, so every letter prints as written");
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // whatever the layout's spacing, the cells of a row read as one line of single-spaced words
            return stripper.getText(document).replaceAll("[ \\t\\u00a0]+", " ");
        }
    }

    public static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }
}
