package com.example.fulfillment.shipping.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How shipping works here: which carrier serves which method, when they pick up, in which time zone. */
@ConfigMapping(prefix = "fulfillment.shipping")
public interface ShippingConfig {

    /** The warehouse's zone: pickup times, the same-day cut-off and business days are read in it. */
    @WithDefault("Europe/Berlin")
    ZoneId zone();

    @WithDefault("10:00")
    LocalTime pickupTime();

    @WithDefault("14:00")
    LocalTime sameDayPickupTime();

    /** Same-day bookings made before this time are picked up today. */
    @WithDefault("12:00")
    LocalTime sameDayCutoff();

    Methods methods();

    /** Tracking-number prefix per carrier, e.g. dhl=JJD; used only for labels from the carrier contracts. */
    Map<String, String> trackingPrefixes();

    /** Where labels, pickups and manifests come from: see {@link LabelSource}. */
    @WithDefault("CARRIER_PLATFORM")
    LabelSource labelsFrom();

    /** The sender on every label and where the carriers pick up. */
    Warehouse warehouse();

    /** How parcels from the carrier platform are handed over. */
    Handover handover();

    interface Handover {
        /** See {@link ManifestClosing}. */
        @WithDefault("ON_APPROVAL")
        ManifestClosing manifests();

        /**
         * When the day's manifest closes by itself, as a cron expression in the warehouse's zone (read by
         * DailyManifest's @Scheduled); "off" leaves closing to the warehouse.
         */
        @WithDefault("0 0 17 * * ?")
        String dailyClose();
    }

    interface Warehouse {
        @WithDefault("Fulfillment Warehouse")
        String name();

        @WithDefault("Lagerstrasse 5")
        String street();

        @WithDefault("Berlin")
        String city();

        @WithDefault("10115")
        String postalCode();

        Optional<String> region();

        @WithDefault("DE")
        String country();

        /** What the driver needs to know at the dock, printed on every pickup booking. */
        @WithDefault("Ring at the loading dock, gate 2")
        String pickupInstructions();

        default Address address() {
            return new Address(name(), street(), city(), postalCode(), region().orElse(null), country());
        }
    }

    interface Methods {
        Method standard();

        Method express();

        Method sameDay();
    }

    interface Method {
        String carrier();

        /** The carrier's product booked for this method. */
        String service();

        /** Business days from pickup to delivery. */
        int businessDays();
    }
}
