package com.example.fulfillment.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ApproveRequest(@NotBlank @Size(max = 200) String decidedBy, @Size(max = 2000) String reason) {
}
