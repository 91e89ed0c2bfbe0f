package com.example.fulfillment.notification.domain;

/**
 * What a tracking update tells the customer, each with its own wording. The carrier's status says where the parcel
 * is and the delivery state how that compares with the promise; the status wins where it is the bigger news, so a
 * parcel delivered late is "delivered", never "delayed" or "on time and expected on".
 */
public enum DeliveryNews {
    IN_TRANSIT(false),
    DELAYED(true),
    RESOLVED(false),
    OUT_FOR_DELIVERY(true),
    ATTEMPT_FAILED(true),
    // the parcel waits for the customer to fetch it: nothing happens unless they hear of it
    AVAILABLE_FOR_PICKUP(true),
    EXCEPTION(true),
    DELIVERED(true);

    private final boolean worthAnSms;

    DeliveryNews(boolean worthAnSms) {
        this.worthAnSms = worthAnSms;
    }

    public static DeliveryNews of(TrackingStatus status, DeliveryState state) {
        if (status != null) {
            switch (status) {
                case DELIVERED:
                    return DELIVERED;
                case ATTEMPT_FAILED:
                    return ATTEMPT_FAILED;
                case DELIVERY_FAILED, RETURNED_TO_SENDER:
                    return EXCEPTION;
                case AVAILABLE_FOR_PICKUP:
                    return AVAILABLE_FOR_PICKUP;
                case OUT_FOR_DELIVERY:
                    return OUT_FOR_DELIVERY;
                default:
                    break;
            }
        }
        if (state == null) {
            return IN_TRANSIT;
        }
        return switch (state) {
            case ISSUE -> EXCEPTION;
            case DELAYED -> DELAYED;
            case RESOLVED -> RESOLVED;
            case ON_TIME -> IN_TRANSIT;
        };
    }

    /** Only what changes the customer's day goes by SMS; the rest waits in the e-mail and on the portal. */
    public boolean worthAnSms() {
        return worthAnSms;
    }

    /**
     * What the customer believes after hearing this: after "resolved, on its way again" a plain in-transit scan
     * tells nothing new, so both leave the customer at "on its way".
     */
    String standing() {
        return this == RESOLVED ? IN_TRANSIT.name() : name();
    }
}
