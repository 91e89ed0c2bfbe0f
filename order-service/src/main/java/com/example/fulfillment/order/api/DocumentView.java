package com.example.fulfillment.order.api;

import com.example.fulfillment.order.domain.OrderDocument;

public record DocumentView(String kind, String title, String mediaType, String content) {

    static DocumentView of(OrderDocument document) {
        var paper = document.toContract();
        return new DocumentView(paper.kind(), paper.title(), paper.mediaType(), paper.content());
    }
}
