package com.example.fulfillment.notification.domain;

/** Keeps meaning keys within the dedup_key column (200 characters) without letting two long keys collide. */
final class DedupKeys {

    static final int MAX_LENGTH = 200;

    private DedupKeys() {
    }

    static String bounded(String key) {
        if (key == null) {
            return "";
        }
        return key.length() > MAX_LENGTH ? Integer.toHexString(key.hashCode()) + key.substring(0, 150) : key;
    }
}
