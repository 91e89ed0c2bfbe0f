package com.example.fulfillment.order.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.example.fulfillment.problem.ProblemException;

/**
 * Enum query parameters are read as text: JAX-RS answers a value it cannot convert with a bare 404, which tells
 * the caller neither that the filter was wrong nor which one.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
