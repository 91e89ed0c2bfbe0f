package com.example.fulfillment.inventory.domain;

public enum StockRequestState {
    /** every line was available when last checked; nothing reserved yet */
    VERIFIED,
    /** some line was short: the order resumes by itself when stock arrives */
    WAITING,
    /** the lines are reserved for the order */
    ALLOCATED,
    CANCELLED,
    SHIPPED
}
