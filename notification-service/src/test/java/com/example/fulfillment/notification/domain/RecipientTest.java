package com.example.fulfillment.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void onlyChosenChannelsGetMessages() {
        Recipient recipient = new Recipient("o1", "Ada", "ada@example.com", "+4911", List.of(NotificationChannel.SMS),
                Instant.EPOCH);

        assertEquals(Optional.of("+4911"), recipient.addressFor(NotificationChannel.SMS));
        assertTrue(recipient.addressFor(NotificationChannel.EMAIL).isEmpty());
        assertTrue(recipient.addressFor(NotificationChannel.PORTAL).isEmpty());
    }

    @Test
    void anSmsNeedsAPhoneNumber() {
        Recipient recipient = new Recipient("o1", "Ada", "ada@example.com", " ",
                List.of(NotificationChannel.EMAIL, NotificationChannel.SMS), Instant.EPOCH);

        assertTrue(recipient.addressFor(NotificationChannel.SMS).isEmpty());
        assertEquals(Optional.of("ada@example.com"), recipient.addressFor(NotificationChannel.EMAIL));
    }

    @Test
    void aCustomerWhoChoseNothingGetsEmail() {
        Recipient recipient = new Recipient("o1", "Ada", "ada@example.com", null, List.of(), Instant.EPOCH);

        assertEquals(Set.of(NotificationChannel.EMAIL), recipient.channels());
    }

    @Test
    void thePortalShowsMessagesToTheCustomerByName() {
        Recipient recipient = new Recipient("o1", "Ada", null, null, List.of(NotificationChannel.PORTAL),
                Instant.EPOCH);

        assertEquals(Optional.of("Ada"), recipient.addressFor(NotificationChannel.PORTAL));
    }
}
