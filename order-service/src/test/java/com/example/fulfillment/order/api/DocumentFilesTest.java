package com.example.fulfillment.order.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.order.domain.OrderDocument;
import com.example.fulfillment.order.domain.Paper;

class DocumentFilesTest {

    @Test
    void aDocumentIsNamedAfterItsTitleWithItsNumberKeptAsWrittenAndAnExtensionForItsMediaType() {
        assertEquals("invoice-INV-2026-000042.pdf",
                DocumentFiles.nameOf(document("INVOICE", "Invoice INV-2026-000042", "application/pdf")));
        assertEquals("credit-note-CN-INV-2026-000042.pdf",
                DocumentFiles.nameOf(document("CREDIT_NOTE", "Credit note CN-INV-2026-000042", "application/pdf")));
        assertEquals("packing-slip.txt", DocumentFiles.nameOf(document("PACKING_SLIP", "Packing slip", "text/plain")));
        assertEquals("label-TRK1.zpl", DocumentFiles.nameOf(document("LABEL", "Label \"TRK1\"", "application/zpl")));
        // nothing that would need escaping in a header survives, and a title of only such signs falls back to the kind
        assertEquals("shipping-label.bin", DocumentFiles.nameOf(document("SHIPPING_LABEL", "«»", "application/x-other")));
    }

    @Test
    void theArchiveGivesDocumentsOfTheSameNameNamesOfTheirOwn() throws IOException {
        byte[] archive = DocumentFiles.zip(List.of(document("PACKING_SLIP", "Slip", "text/plain"),
                document("LABEL", "Slip", "text/plain")));

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertEquals("Slip", new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("slip.txt", "slip-2.txt"), names);
    }

    private static OrderDocument document(String kind, String title, String mediaType) {
        return new OrderDocument("order-1", kind, new Paper(kind, title, mediaType,
                "Slip".getBytes(StandardCharsets.UTF_8), true), Instant.EPOCH);
    }
}
