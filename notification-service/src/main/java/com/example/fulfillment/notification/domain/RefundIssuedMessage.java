package com.example.fulfillment.notification.domain;

import java.math.BigDecimal;

public record RefundIssuedMessage(String customerName, String orderId, String invoiceNumber,
        String creditNoteNumber, String currency, BigDecimal amount) implements CustomerMessage {

    /** A credit note is issued once; its number is what makes two events the same refund. */
    @Override
    public String dedupKey() {
        return DedupKeys.bounded(creditNoteNumber);
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.REFUND_ISSUED;
    }

    /** e.g. "EUR 45.00": the amount at its own scale, never rounded or shortened. */
    public String amountInWords() {
        return (currency == null ? "" : currency + " ") + (amount == null ? "" : amount.toPlainString());
    }
}
