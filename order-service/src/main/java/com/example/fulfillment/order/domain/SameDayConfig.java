package com.example.fulfillment.order.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where and until when SAME_DAY can be promised: orders.same-day.cutoff (local time in orders.same-day.zone) and
 * orders.same-day.service-area, a list of country:postal-code-prefix (DE:10 is every German code starting 10).
 */
@ConfigMapping(prefix = "orders.same-day")
public interface SameDayConfig {

    @WithDefault("14:00")
    LocalTime cutoff();

    @WithDefault("Europe/Berlin")
    ZoneId zone();

    List<String> serviceArea();
}
