package com.example.fulfillment.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void documentsDrawnAtOnceFromSeveralThreadsEachReadBackAsWritten() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String line = "Łukasiewicz, Ψυχή, Жуков: official certification no. " + i;
                texts.add(threads.submit(() -> readBack(print(line))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals("Łukasiewicz, Ψυχή, Жуков: official certification no. " + i, texts.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static byte[] print(String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            return PdfFonts.withLiberationSans(document, font -> {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText(line);
                    content.endText();
                }
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                document.save(pdf);
                return pdf.toByteArray();
            });
        }
    }

    private static String readBack(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).trim();
        }
    }
}
