package com.example.fulfillment.order.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.order.domain.OrderDocument;

/** Filed documents as files: a name a person recognises, and the whole dossier as one zip archive. */
final class DocumentFiles {

    static final String APPLICATION_ZIP = "application/zip";

    /** The extension a file of the media type is saved with; anything unknown is just bytes. */
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf", "text/plain", ".txt",
            "text/html", ".html", "application/zpl", ".zpl", "application/x-zpl", ".zpl", "image/png", ".png");

    private DocumentFiles() {
    }

    /**
     * The title as a file name: "Invoice INV-2026-000042" as invoice-INV-2026-000042.pdf. Words with a digit are
     * numbers and keep their case; the rest is lower case; only letters, digits, dot, dash and underscore stay,
     * so that the name needs no escaping in Content-Disposition or in a zip entry.
     */
    static String nameOf(OrderDocument document) {
        StringBuilder name = new StringBuilder();
        for (String word : document.getTitle().strip().split("\\s+")) {
            String kept = word.chars().anyMatch(Character::isDigit) ? word : word.toLowerCase(Locale.ROOT);
            kept = kept.replaceAll("[^A-Za-z0-9._-]", "");
            if (!kept.isEmpty()) {
                name.append(name.isEmpty() ? "" : "-").append(kept);
            }
        }
        String base = name.isEmpty() ? document.getKind().toLowerCase(Locale.ROOT).replace('_', '-') : name.toString();
        return base + extensionOf(document.getMediaType());
    }

    /** inline: a browser shows a PDF or a text; saving it still offers the recognisable name. */
    static String contentDisposition(OrderDocument document) {
        return "inline; filename=\"" + nameOf(document) + "\"";
    }

    /** One filed document as its own download, for the JSON API and the ops page alike. */
    static Response download(OrderDocument document) {
        return Response.ok(document.getContent(), document.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document)).build();
    }

    /** The whole dossier as one zip; nothing filed yet is a 404, as the dossier is filed when the order ends. */
    static Response archive(String orderId, List<OrderDocument> filed) {
        if (filed.isEmpty()) {
            throw new NotFound("order " + orderId + " has no filed documents yet: its dossier is filed when it ends");
        }
        return Response.ok(zip(filed), APPLICATION_ZIP).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + archiveName(orderId) + "\"").build();
    }

    static String archiveName(String orderId) {
        return "order-" + orderId.replaceAll("[^A-Za-z0-9-]", "") + "-documents.zip";
    }

    /** Every document under its file name, in the dossier's order; a name taken already gets a number. */
    static byte[] zip(List<OrderDocument> documents) {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        Set<String> taken = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            for (OrderDocument document : documents) {
                zip.putNextEntry(new ZipEntry(unique(nameOf(document), taken)));
                zip.write(document.getContent());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dossier archive", e);
        }
        return archive.toByteArray();
    }

    private static String unique(String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        String candidate = name;
        for (int copy = 2; !taken.add(candidate); copy++) {
            candidate = base + "-" + copy + extension;
        }
        return candidate;
    }

    private static String extensionOf(String mediaType) {
        String essence = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return EXTENSIONS.getOrDefault(essence, essence.startsWith("text/") ? ".txt" : ".bin");
    }
}
