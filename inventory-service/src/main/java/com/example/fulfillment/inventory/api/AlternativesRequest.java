package com.example.fulfillment.inventory.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AlternativesRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> skus) {
}
