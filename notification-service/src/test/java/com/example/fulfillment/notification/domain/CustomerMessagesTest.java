package com.example.fulfillment.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What makes two events the same message, for the kinds whose events carry no id of their own. */
class CustomerMessagesTest {

    @Test
    void aDeliveryIssueIsToldOncePerShipmentAndCondition() {
        var report = new DeliveryIssueReceivedMessage("Ada", "o1", "DAMAGED", "box crushed", "TRK-1");
        var sameReportOtherWords = new DeliveryIssueReceivedMessage("Ada", "o1", "DAMAGED", "the box is crushed",
                "TRK-1");
        var otherCondition = new DeliveryIssueReceivedMessage("Ada", "o1", "INCOMPLETE", "box crushed", "TRK-1");
        var aboutTheReshipment = new DeliveryIssueReceivedMessage("Ada", "o1", "DAMAGED", "box crushed", "TRK-2");

        assertEquals(report.dedupKey(), sameReportOtherWords.dedupKey());
        assertNotEquals(report.dedupKey(), otherCondition.dedupKey());
        assertNotEquals(report.dedupKey(), aboutTheReshipment.dedupKey());
        assertEquals("not received",
                new DeliveryIssueReceivedMessage("Ada", "o1", "NOT_RECEIVED", null, null).conditionInWords());
    }

    @Test
    void aReshipmentIsToldOncePerFailedShipment() {
        List<ReshipmentMessage.Line> lines = List.of(new ReshipmentMessage.Line("MUG-1", 2),
                new ReshipmentMessage.Line("TEE-1", 1));
        var first = new ReshipmentMessage("Ada", "o1", lines, "parcel lost", "TRK-1");
        var repeatedRequest = new ReshipmentMessage("Ada", "o1", lines, "parcel lost (retry)", "TRK-1");
        var afterTheReshipmentFailedToo = new ReshipmentMessage("Ada", "o1", lines, "damaged again", "TRK-2");

        assertEquals(first.dedupKey(), repeatedRequest.dedupKey());
        assertNotEquals(first.dedupKey(), afterTheReshipmentFailedToo.dedupKey());
        assertEquals("2 × MUG-1, 1 × TEE-1", first.linesInWords());
    }

    @Test
    void aRefundIsToldOncePerCreditNoteWithItsAmountAtItsScale() {
        var refund = new RefundIssuedMessage("Ada", "o1", "INV-1", "CN-1", "EUR", new BigDecimal("45.00"));

        assertEquals("CN-1", refund.dedupKey());
        assertEquals("EUR 45.00", refund.amountInWords());
        assertNotEquals(refund.dedupKey(),
                new RefundIssuedMessage("Ada", "o1", "INV-1", "CN-2", "EUR", new BigDecimal("5.00")).dedupKey());
    }
}
