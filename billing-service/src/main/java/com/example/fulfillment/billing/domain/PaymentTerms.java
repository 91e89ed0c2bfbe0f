package com.example.fulfillment.billing.domain;

import java.time.LocalDate;

/** When an invoice must be paid: within this many days of its date, without deduction. */
public record PaymentTerms(int daysToPay) {

    public PaymentTerms {
        if (daysToPay < 0) {
            throw new IllegalArgumentException("payment terms need zero or more days, not " + daysToPay);
        }
    }

    public LocalDate dueDate(LocalDate invoiceDate) {
        return invoiceDate.plusDays(daysToPay);
    }
}
