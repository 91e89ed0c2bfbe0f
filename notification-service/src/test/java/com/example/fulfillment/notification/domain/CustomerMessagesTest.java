package com.example.fulfillment.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        List<ParcelItem> lines = List.of(new ParcelItem("MUG-1", "Red mug", 2), new ParcelItem("TEE-1", null, 1));
        var first = new ReshipmentMessage("Ada", "o1", lines, "parcel lost", "TRK-1");
        var repeatedRequest = new ReshipmentMessage("Ada", "o1", lines, "parcel lost (retry)", "TRK-1");
        var afterTheReshipmentFailedToo = new ReshipmentMessage("Ada", "o1", lines, "damaged again", "TRK-2");

        assertEquals(first.dedupKey(), repeatedRequest.dedupKey());
        assertNotEquals(first.dedupKey(), afterTheReshipmentFailedToo.dedupKey());
        assertEquals("2 × Red mug, 1 × TEE-1", first.linesInWords(), "by name; the SKU only where none is known");
    }

    @Test
    void theCarriersStatusOutweighsTheDeliveryStateWhereItIsTheBiggerNews() {
        assertEquals(DeliveryNews.DELIVERED, DeliveryNews.of(TrackingStatus.DELIVERED, DeliveryState.DELAYED));
        assertEquals(DeliveryNews.DELIVERED, DeliveryNews.of(TrackingStatus.DELIVERED, DeliveryState.ON_TIME));
        assertEquals(DeliveryNews.OUT_FOR_DELIVERY,
                DeliveryNews.of(TrackingStatus.OUT_FOR_DELIVERY, DeliveryState.RESOLVED));
        assertEquals(DeliveryNews.ATTEMPT_FAILED, DeliveryNews.of(TrackingStatus.ATTEMPT_FAILED, DeliveryState.ISSUE));
        assertEquals(DeliveryNews.EXCEPTION, DeliveryNews.of(TrackingStatus.DELIVERY_FAILED, DeliveryState.ISSUE));
        assertEquals(DeliveryNews.EXCEPTION, DeliveryNews.of(TrackingStatus.IN_TRANSIT, DeliveryState.ISSUE));
        assertEquals(DeliveryNews.DELAYED, DeliveryNews.of(TrackingStatus.IN_TRANSIT, DeliveryState.DELAYED));
        assertEquals(DeliveryNews.RESOLVED, DeliveryNews.of(TrackingStatus.IN_TRANSIT, DeliveryState.RESOLVED));
        assertEquals(DeliveryNews.IN_TRANSIT, DeliveryNews.of(TrackingStatus.IN_TRANSIT, DeliveryState.ON_TIME));
        assertFalse(DeliveryNews.IN_TRANSIT.worthAnSms());
        assertTrue(DeliveryNews.OUT_FOR_DELIVERY.worthAnSms());
    }

    @Test
    void aDelayIsNewsAgainOnlyWithANewDate() {
        var delayed = update(DeliveryNews.DELAYED, LocalDate.of(2026, 12, 9));
        assertEquals(delayed.standing(), update(DeliveryNews.DELAYED, LocalDate.of(2026, 12, 9)).standing());
        assertNotEquals(delayed.standing(), update(DeliveryNews.DELAYED, LocalDate.of(2026, 12, 11)).standing());
        assertEquals(update(DeliveryNews.RESOLVED, null).standing(), update(DeliveryNews.IN_TRANSIT, null).standing(),
                "after a resolution the parcel is on its way: a plain in-transit scan tells nothing new");
    }

    @Test
    void theHtmlPartTellsWhatTheTextTellsWithListsAndLinks() {
        EmailHtml html = EmailHtml.of("s",
                "Hello,\n\nIn this parcel:\n- 2 × Red mug\n\nFollow: https://x.example/t/1.");

        assertEquals(4, html.blocks().size());
        assertTrue(html.blocks().get(2).list());
        assertEquals(List.of(new EmailHtml.Segment("Follow: ", false),
                new EmailHtml.Segment("https://x.example/t/1", true), new EmailHtml.Segment(".", false)),
                html.blocks().get(3).lines().get(0).segments());
    }

    private static DeliveryUpdateMessage update(DeliveryNews news, LocalDate expected) {
        return new DeliveryUpdateMessage("Ada", "o1", "tu-" + news, "TRK-1", news, null, expected, null);
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
