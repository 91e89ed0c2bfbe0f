package com.example.fulfillment.shipping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a person's reader would: its text, and how many pages it has. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** Kept under target/documents for a person to open after the run. */
    public static void keep(byte[] pdf, String fileName) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "documents"));
            Files.write(folder.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + fileName, e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
