package com.example.fulfillment.order.domain;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An {@link OrderEventPublisher} that only remembers what the order announced, in the domain's own terms (which
 * fact, with which values), so that the order's rules are tested apart from how the service puts facts on the wire.
 */
final class RecordingOrderEvents {

    record Announcement(String fact, List<Object> values) {

        static Announcement of(String fact, Object... values) {
            return new Announcement(fact, Arrays.asList(values));
        }
    }

    private final List<Announcement> announced = new ArrayList<>();
    private final OrderEventPublisher publisher = (OrderEventPublisher) Proxy.newProxyInstance(
            OrderEventPublisher.class.getClassLoader(), new Class<?>[] {OrderEventPublisher.class},
            (proxy, method, args) -> {
                announced.add(new Announcement(method.getName(), args == null ? List.of() : Arrays.asList(args)));
                return null;
            });

    OrderEventPublisher publisher() {
        return publisher;
    }

    List<Announcement> all() {
        return List.copyOf(announced);
    }

    Announcement last() {
        return announced.get(announced.size() - 1);
    }
}
