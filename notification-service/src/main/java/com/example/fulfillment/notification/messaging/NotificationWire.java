package com.example.fulfillment.notification.messaging;

import java.util.List;

import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.notification.domain.DeliveryState;
import com.example.fulfillment.notification.domain.NotificationChannel;
import com.example.fulfillment.notification.domain.ReshipmentMessage;
import com.example.fulfillment.notification.domain.StockUnavailableMessage;

/**
 * The wire contracts' values in the domain's words and back. The domain's enums carry the wire enums' constant
 * names, so a value translates by its name.
 */
final class NotificationWire {

    private NotificationWire() {
    }

    static List<NotificationChannel> channels(List<com.example.fulfillment.events.model.NotificationChannel> chosen) {
        return chosen == null ? List.of()
                : chosen.stream().map(channel -> NotificationChannel.valueOf(channel.name())).toList();
    }

    static com.example.fulfillment.events.model.NotificationChannel channel(NotificationChannel channel) {
        return com.example.fulfillment.events.model.NotificationChannel.valueOf(channel.name());
    }

    static DeliveryState deliveryState(com.example.fulfillment.events.model.DeliveryState state) {
        return state == null ? null : DeliveryState.valueOf(state.name());
    }

    static List<StockUnavailableMessage.ShortItem> shortItems(List<StockShortage> shortages) {
        return shortages.stream()
                .map(shortage -> new StockUnavailableMessage.ShortItem(shortage.sku(), shortage.requested(),
                        shortage.available(), shortage.expectedRestockDate(),
                        shortage.alternativeSkus() == null ? List.of() : shortage.alternativeSkus()))
                .toList();
    }

    static List<ReshipmentMessage.Line> lines(List<OrderLine> lines) {
        return lines == null ? null
                : lines.stream().map(line -> new ReshipmentMessage.Line(line.sku(), line.quantity())).toList();
    }
}
