package com.example.fulfillment.shipping.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.example.fulfillment.documents.PdfFonts;
import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.PackingSlipPrinter;
import com.google.zxing.oned.Code128Writer;

/**
 * The packing slip as an A4 PDF drawn with Apache PDFBox: sender and recipient, the order, package and invoice
 * numbers, the box, one row per item, the materials and the message card, and a Code 128 barcode of the package id
 * that the packing station scans. The font is the Liberation Sans PDFBox ships, embedded ({@link PdfFonts}), so that a product name
 * or a gift message in any Latin, Greek or Cyrillic script prints as written and can be read back as text.
 * Drawn directly rather than through HTML: a slip is a fixed layout, and PDFBox is already what reads labels back.
 */
@ApplicationScoped
public class PdfPackingSlipPrinter implements PackingSlipPrinter {

    private static final float MARGIN = 50;
    private static final float LINE = 15;

    @Override
    public byte[] print(PackingSlip slip) {
        try (PDDocument document = new PDDocument()) {
            return PdfFonts.withLiberationSans(document, font -> draw(slip, document, font));
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the packing slip of order " + slip.orderId(), e);
        }
    }

    private static byte[] draw(PackingSlip slip, PDDocument document, PDFont font) throws IOException {
        Pages pages = new Pages(document, font);
        pages.text(20, "PACKING SLIP");
        pages.gap(6);
        pages.text(10, "Order " + slip.orderId() + "    Package " + slip.packageId());
        pages.text(10, "Invoice " + orNone(slip.invoiceNumber()) + "    Packed " + slip.packedOn());
        pages.text(10, "Box " + slip.box());
        pages.gap(8);
        pages.address("From", slip.sender());
        pages.address("Ship to", slip.recipient());
        pages.gap(8);
        pages.text(12, "Qty   SKU   Product");
        for (PackingSlipPrinter.Line line : slip.lines()) {
            pages.wrapped(10, line.quantity() + " x " + line.sku() + "   " + orNone(line.name())
                    + (line.fragile() ? "   (fragile)" : ""));
        }
        pages.gap(8);
        pages.wrapped(10, "Materials: " + slip.materials());
        if (slip.messageCard() != null) {
            pages.wrapped(10, "Message card: " + slip.messageCard());
        }
        pages.gap(12);
        pages.barcode(slip.packageId());
        pages.close();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** A cursor down A4 pages: text that does not fit starts the next page. */
    private static final class Pages {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void text(float size, String text) throws IOException {
            room(size + 4);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y - size);
            content.showText(printable(text));
            content.endText();
            y -= Math.max(LINE, size + 6);
        }

        /** A line too long for the page is broken between words. */
        void wrapped(float size, String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            for (String each : lines) {
                text(size, each);
            }
        }

        void address(String heading, Address address) throws IOException {
            StringBuilder place = new StringBuilder(orNone(address.postalCode())).append(' ').append(address.city());
            if (address.region() != null && !address.region().isBlank()) {
                place.append(", ").append(address.region());
            }
            wrapped(10, heading + ": " + address.recipient() + ", " + address.street() + ", " + place + ", "
                    + address.country());
        }

        void gap(float points) {
            y -= points;
        }

        /** Code 128 of the value, drawn as rectangles, with the value printed beneath for a person. */
        void barcode(String value) throws IOException {
            float height = 50;
            room(height + 30);
            boolean[] modules = new Code128Writer().encode(value);
            float moduleWidth = Math.min(1.2f, (PDRectangle.A4.getWidth() - 2 * MARGIN) / modules.length);
            for (int i = 0; i < modules.length; i++) {
                if (modules[i]) {
                    content.addRect(MARGIN + i * moduleWidth, y - height, moduleWidth, height);
                }
            }
            content.fill();
            y -= height + 4;
            text(9, value);
        }

        void close() throws IOException {
            content.close();
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** Characters the embedded font has no glyph for would abort the whole slip; they print as '?'. */
        private String printable(String text) {
            StringBuilder kept = new StringBuilder();
            text.replaceAll("[\\r\\n\\t]+", " ").codePoints().forEach(c -> {
                boolean printable;
                try {
                    printable = font instanceof PDType0Font type0 && type0.hasGlyph(c);
                } catch (IOException e) {
                    printable = false;
                }
                kept.appendCodePoint(printable ? c : '?');
            });
            return kept.toString();
        }
    }
}
