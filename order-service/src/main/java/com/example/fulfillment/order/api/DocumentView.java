package com.example.fulfillment.order.api;

import com.example.fulfillment.order.domain.OrderDocument;

public record DocumentView(String kind, String title, String mediaType, String content) {

    static DocumentView of(OrderDocument document) {
        return new DocumentView(document.getKind(), document.getTitle(), document.getMediaType(),
                document.getContent());
    }
}
