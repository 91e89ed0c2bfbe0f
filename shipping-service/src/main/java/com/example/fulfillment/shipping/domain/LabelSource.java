package com.example.fulfillment.shipping.domain;

/**
 * Who sells the labels. A business that ships through a carrier platform (EasyPost) buys each label there, at the
 * rate its rules pick, and the platform books the pickup, makes the manifest and reports the parcel. A business
 * with carrier contracts of its own prints labels from the number ranges the carriers gave it (configuration),
 * and each carrier reports its parcels on its own webhook.
 */
public enum LabelSource {
    CARRIER_PLATFORM, CARRIER_CONTRACTS
}
