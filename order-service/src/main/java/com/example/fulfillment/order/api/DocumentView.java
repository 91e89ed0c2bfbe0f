package com.example.fulfillment.order.api;

import java.util.UUID;

import com.example.fulfillment.order.domain.OrderDocument;

/**
 * A filed document as the listing shows it: href fetches its exact bytes (GET /orders/{id}/documents/{documentId}),
 * saved as fileName. content is the text of a text paper, for a quick look; a binary document (a PDF) has none
 * here, only its bytes at href.
 */
public record DocumentView(UUID id, String kind, String title, String mediaType, String fileName, String href,
        String content) {

    static DocumentView of(OrderDocument document) {
        return new DocumentView(document.getId(), document.getKind(), document.getTitle(), document.getMediaType(),
                DocumentFiles.nameOf(document), hrefOf(document), document.textOrNull());
    }

    static String hrefOf(OrderDocument document) {
        return "/orders/" + document.getOrderId() + "/documents/" + document.getId();
    }
}
