package com.example.fulfillment.order.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.example.fulfillment.domain.InvalidInput;

/** The rules of a new order that single-field constraints cannot express. */
public final class OrderRules {

    public static final int MAX_GIFT_MESSAGE_CHARACTERS = 250;
    public static final List<NotificationChannel> DEFAULT_CHANNELS = List.of(NotificationChannel.EMAIL,
            NotificationChannel.PORTAL);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private OrderRules() {
    }

    /** @return the order as it will be stored (default channels filled in); throws naming every field at fault */
    public static NewOrder check(NewOrder order) {
        List<InvalidInput.FieldError> violations = new ArrayList<>();
        Map<String, Integer> firstLineOfSku = new HashMap<>();
        for (int i = 0; i < order.lines().size(); i++) {
            Integer first = firstLineOfSku.putIfAbsent(order.lines().get(i).sku(), i);
            if (first != null) {
                // merging would silently change what the customer typed: refuse and point at the repeat
                violations.add(new InvalidInput.FieldError("lines[" + i + "].sku",
                        "sku " + order.lines().get(i).sku() + " is already ordered on lines[" + first + "]"));
            }
        }
        String country = order.shippingAddress().country();
        if (country != null && !COUNTRIES.contains(country)) {
            violations.add(new InvalidInput.FieldError("shippingAddress.country",
                    "must be an ISO 3166-1 alpha-2 country code"));
        }
        OrderOptions options = order.options() == null ? OrderOptions.none() : order.options();
        if (options.giftMessage() != null && options.giftMessage().codePointCount(0,
                options.giftMessage().length()) > MAX_GIFT_MESSAGE_CHARACTERS) {
            violations.add(new InvalidInput.FieldError("options.giftMessage",
                    "must be at most " + MAX_GIFT_MESSAGE_CHARACTERS + " characters"));
        }
        List<NotificationChannel> channels = order.notificationChannels() == null ? DEFAULT_CHANNELS
                : List.copyOf(new LinkedHashSet<>(order.notificationChannels()));
        if (channels.isEmpty()) {
            violations.add(new InvalidInput.FieldError("notificationChannels", "must name at least one channel"));
        }
        String phone = order.customer().phone();
        if (channels.contains(NotificationChannel.SMS) && (phone == null || phone.isBlank())) {
            violations.add(new InvalidInput.FieldError("customer.phone", "is required when SMS is a notification channel"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        List<OrderLine> lines = List.copyOf(order.lines());
        return new NewOrder(order.customer(), order.shippingAddress(), order.shippingMethod(), lines, options,
                channels, order.discountCode());
    }

    public static int totalQuantity(List<OrderLine> lines) {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
