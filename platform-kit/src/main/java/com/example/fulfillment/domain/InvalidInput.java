package com.example.fulfillment.domain;

import java.util.List;

/** Values of the command break the domain's rules; each error names the input at fault by its path. */
public non-sealed class InvalidInput extends DomainRefusal {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "the input is invalid" : errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One value at fault: field is its path in the command, e.g. "lines[0].sku". */
    public record FieldError(String field, String message) {
    }
}
