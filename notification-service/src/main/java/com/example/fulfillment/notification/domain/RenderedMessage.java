package com.example.fulfillment.notification.domain;

/** A message in all its channel forms: e-mail subject and body (also shown on the portal), and a short SMS text. */
public record RenderedMessage(String subject, String body, String smsText) {
}
