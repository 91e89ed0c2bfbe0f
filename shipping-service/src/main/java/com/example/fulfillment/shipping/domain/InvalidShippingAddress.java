package com.example.fulfillment.shipping.domain;

import java.util.List;

import com.example.fulfillment.domain.InvalidInput;

/** The platform could not verify the address: the fields are named as shipping's Address names them. */
public class InvalidShippingAddress extends InvalidInput {

    public InvalidShippingAddress(List<FieldError> errors) {
        super(errors);
    }
}
