package com.example.fulfillment.documents;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font the platform's PDFs embed, Liberation Sans (the one Apache PDFBox ships, with Latin, Cyrillic and Greek
 * letters), parsed once per process instead of once per document: parsing it was a fifth of a packing slip's CPU.
 * <p>
 * Glyph substitution (the font's GSUB table: the fi and fl ligatures) is off. PDFBox applies it through a regular
 * expression it compiles for every string shown, which was half of the CPU of a packing slip; the documents print one
 * glyph per letter instead, as the standard fonts do, and read back the same.
 * <p>
 * A parsed font reads its glyphs lazily and is not safe for two threads at once: a document is drawn and saved
 * inside {@link #withLiberationSans}, one document at a time per process.
 */
public final class PdfFonts {

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static TrueTypeFont liberationSans; // parsed on first use; guarded by PdfFonts.class

    /** What is drawn with the font, up to the saved bytes (the font's glyphs are read again when it is subset). */
    @FunctionalInterface
    public interface Drawing<T> {
        T draw(PDFont font) throws IOException;
    }

    private PdfFonts() {
    }

    /** Runs the drawing with Liberation Sans loaded into this document, embedded as a subset of the glyphs used. */
    public static synchronized <T> T withLiberationSans(PDDocument document, Drawing<T> drawing) throws IOException {
        return drawing.draw(PDType0Font.load(document, liberationSans(), true));
    }

    private static TrueTypeFont liberationSans() throws IOException {
        if (liberationSans == null) {
            try (InputStream ttf = PdfFonts.class.getResourceAsStream(LIBERATION_SANS)) {
                if (ttf == null) {
                    throw new IllegalStateException("the PDF font " + LIBERATION_SANS + " is missing from the class path");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                font.setEnableGsub(false);
                liberationSans = font;
            }
        }
        return liberationSans;
    }
}
