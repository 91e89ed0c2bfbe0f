package com.example.fulfillment.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.order.domain.LineReplacement;
import com.example.fulfillment.order.domain.StockChoice;

/** The customer's answer to short stock; replacements only count for ALTERNATIVE. */
public record StockChoiceRequest(
        @NotNull StockChoice choice,
        @Schema(description = "for ALTERNATIVE: per short sku, one of the alternatives offered in the order's shortages")
        @Size(max = 50) List<@NotNull @Valid Replacement> replacements) {

    public record Replacement(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 64) String alternativeSku) {
    }

    List<LineReplacement> lineReplacements() {
        return replacements == null ? List.of()
                : replacements.stream().map(r -> new LineReplacement(r.sku(), r.alternativeSku())).toList();
    }
}
