package com.example.fulfillment.order.domain;

/** How a gate is decided: always by the policy, always by a person, or by the gate's rule. */
public enum PolicyMode {
    AUTOMATIC, MANUAL, RULE
}
