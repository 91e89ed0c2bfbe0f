package com.example.fulfillment.billing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.example.fulfillment.documents.PdfFonts;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns a rendered XHTML document into PDF with openhtmltopdf. The PDF standard fonts only cover Western European
 * letters, so the document's font, Liberation Sans (the one Apache PDFBox ships, parsed once: {@link PdfFonts}), is
 * embedded: names such as "Łukasiewicz" print as written, and the text can be searched and copied.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The family the templates' style asks for first. */
    static final String FONT_FAMILY = "Liberation Sans";

    static {
        // openhtmltopdf prints to stderr by default; through java.util.logging its lines reach Quarkus' log
        // and obey its categories (com.openhtmltopdf.*)
        XRLog.setLoggerImpl(new JulLogging());
    }

    public byte[] render(String xhtml) {
        try (PDDocument document = new PDDocument()) {
            return PdfFonts.withLiberationSans(document, font -> {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePDDocument(document);
                builder.useFont(new PDFontSupplier(font), FONT_FAMILY);
                // PDFBox ships no bold face: headings and totals take the regular one rather than a standard font
                // that lacks the letters the regular one has
                builder.useFont(new PDFontSupplier(font), FONT_FAMILY, 700, FontStyle.NORMAL, true);
                builder.withHtmlContent(xhtml, null);
                builder.toStream(pdf);
                builder.run();
                return pdf.toByteArray();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the document as PDF", e);
        }
    }
}
