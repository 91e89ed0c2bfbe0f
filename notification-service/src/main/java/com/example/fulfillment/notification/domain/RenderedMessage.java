package com.example.fulfillment.notification.domain;

/**
 * A message in all its channel forms: e-mail subject, plain-text body (also shown on the portal) and the same body
 * as HTML, and a short SMS text.
 */
public record RenderedMessage(String subject, String body, String htmlBody, String smsText) {
}
