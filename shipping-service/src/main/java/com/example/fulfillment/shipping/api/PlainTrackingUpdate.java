package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.shipping.domain.TrackingStatus;

@Schema(description = "Our plain tracking-update format, for carriers posting without a platform of their own")
public record PlainTrackingUpdate(
        @NotBlank @Size(max = 64) @Schema(example = "JJD000100000001") String trackingNumber,
        @NotNull TrackingStatus status,
        @Size(max = 2000) String description,
        @Size(max = 200) String location,
        @NotNull @Schema(description = "when it happened, ISO-8601 instant", example = "2026-11-27T10:15:30Z")
        Instant occurredAt,
        @Schema(description = "the carrier's current estimate, if it sends one") LocalDate expectedDeliveryDate,
        @Size(max = 200) @Schema(description = "the carrier's id of this update; re-sent updates carry the same")
        String eventId) {
}
