package com.example.fulfillment.inventory.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RestockRequest(@Schema(description = "null when no restock is expected") LocalDate expectedRestockDate) {
}
