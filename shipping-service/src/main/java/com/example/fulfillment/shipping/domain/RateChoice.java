package com.example.fulfillment.shipping.domain;

/** The offer a rule picked and why, in words for ops: "cheapest of 5 rates within 3 days: USPS ...". */
public record RateChoice(CarrierOffer offer, String reason) {
}
