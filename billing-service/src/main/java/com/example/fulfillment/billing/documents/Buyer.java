package com.example.fulfillment.billing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.example.fulfillment.billing.domain.PostalAddress;

/** Whom a document is made out to, as the address block prints it: one line each, blank parts left out. */
public record Buyer(String name, String email, List<String> addressLines) {

    static Buyer of(String name, String email, PostalAddress address) {
        List<String> lines = new ArrayList<>();
        if (hasText(address.recipient()) && !address.recipient().equals(name)) {
            lines.add(address.recipient());
        }
        Stream.of(address.street(), joined(address.postalCode(), address.city()), address.region(),
                address.country()).filter(Buyer::hasText).forEach(lines::add);
        return new Buyer(hasText(name) ? name : "", hasText(email) ? email : "", List.copyOf(lines));
    }

    private static String joined(String postalCode, String city) {
        return Stream.of(postalCode, city).filter(Buyer::hasText).reduce((a, b) -> a + " " + b).orElse(null);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
