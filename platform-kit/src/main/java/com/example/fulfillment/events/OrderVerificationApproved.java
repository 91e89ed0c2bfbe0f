package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.OrderLine;

/** Approval gate A1 passed: inventory may now allocate these lines. */
public record OrderVerificationApproved(String orderId, List<OrderLine> lines, Decision decision) implements SagaEvent {
}
