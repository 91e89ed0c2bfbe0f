package com.example.fulfillment.shipping.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.example.fulfillment.shipping.domain.TrackingStatus;

/** Each platform's statuses in our vocabulary, as issue 4 §1 maps them. */
class PlatformStatusMappingTest {

    @ParameterizedTest
    @CsvSource({ "pre_transit, PRE_TRANSIT", "in_transit, IN_TRANSIT", "out_for_delivery, OUT_FOR_DELIVERY",
            "available_for_pickup, AVAILABLE_FOR_PICKUP", "delivered, DELIVERED",
            "return_to_sender, RETURNED_TO_SENDER", "failure, DELIVERY_FAILED", "unknown, UNKNOWN",
            "cancelled, UNKNOWN", "error, UNKNOWN" })
    void easyPost(String status, TrackingStatus expected) {
        assertEquals(expected, EasyPostWebhookAdapter.statusOf(status));
    }

    @ParameterizedTest
    @CsvSource({ "Pending, , PRE_TRANSIT", "InfoReceived, InfoReceived_001, PRE_TRANSIT",
            "InTransit, InTransit_002, IN_TRANSIT", "OutForDelivery, OutForDelivery_001, OUT_FOR_DELIVERY",
            "AttemptFail, AttemptFail_001, ATTEMPT_FAILED",
            "AvailableForPickup, AvailableForPickup_001, AVAILABLE_FOR_PICKUP", "Delivered, Delivered_001, DELIVERED",
            "Exception, Exception_004, DELIVERY_FAILED", "Exception, Exception_011, RETURNED_TO_SENDER",
            "Expired, Expired_001, UNKNOWN" })
    void afterShip(String tag, String subtag, TrackingStatus expected) {
        assertEquals(expected, AfterShipWebhookAdapter.statusOf(tag, subtag));
    }

    @ParameterizedTest
    @CsvSource({ "PRE_TRANSIT, PRE_TRANSIT", "TRANSIT, IN_TRANSIT", "DELIVERED, DELIVERED",
            "RETURNED, RETURNED_TO_SENDER", "FAILURE, DELIVERY_FAILED", "UNKNOWN, UNKNOWN" })
    void shippo(String status, TrackingStatus expected) {
        assertEquals(expected, ShippoWebhookAdapter.statusOf(status));
    }
}
