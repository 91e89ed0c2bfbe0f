package com.example.fulfillment.order.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The customer's channels in one column, comma-separated in their order of preference: only ever read whole. */
@Converter
public class NotificationChannels implements AttributeConverter<List<NotificationChannel>, String> {

    @Override
    public String convertToDatabaseColumn(List<NotificationChannel> channels) {
        return channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<NotificationChannel> convertToEntityAttribute(String column) {
        return Arrays.stream(column.split(",")).map(NotificationChannel::valueOf).toList();
    }
}
