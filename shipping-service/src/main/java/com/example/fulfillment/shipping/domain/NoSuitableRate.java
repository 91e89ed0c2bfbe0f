package com.example.fulfillment.shipping.domain;

import com.example.fulfillment.domain.NotPossible;

/** No carrier's offer meets the method's rule (or none was made at all, e.g. for a parcel above 150 lb). */
public class NoSuitableRate extends NotPossible {

    public NoSuitableRate(String message) {
        super(message);
    }
}
