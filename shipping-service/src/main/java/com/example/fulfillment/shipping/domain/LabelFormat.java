package com.example.fulfillment.shipping.domain;

/** PDF for an office printer and the archive; ZPL for the packing stations' thermal printers. */
public enum LabelFormat {
    PDF, ZPL
}
