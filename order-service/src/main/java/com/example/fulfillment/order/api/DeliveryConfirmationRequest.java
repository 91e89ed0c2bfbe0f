package com.example.fulfillment.order.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.example.fulfillment.order.domain.DeliveryCondition;

public record DeliveryConfirmationRequest(@NotNull DeliveryCondition condition, @Size(max = 2000) String comment) {
}
