package com.example.fulfillment.notification.messaging;

import java.util.List;

import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.notification.domain.DeliveryState;
import com.example.fulfillment.notification.domain.KnownOrder;
import com.example.fulfillment.notification.domain.NotificationChannel;
import com.example.fulfillment.notification.domain.ParcelItem;
import com.example.fulfillment.notification.domain.StockUnavailableMessage;
import com.example.fulfillment.notification.domain.TrackingStatus;

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

    static TrackingStatus trackingStatus(com.example.fulfillment.events.model.TrackingStatus status) {
        return status == null ? null : TrackingStatus.valueOf(status.name());
    }

    /** The short items, named where an earlier allocation of the order named them. */
    static List<StockUnavailableMessage.ShortItem> shortItems(List<StockShortage> shortages, KnownOrder order) {
        return shortages.stream()
                .map(shortage -> new StockUnavailableMessage.ShortItem(shortage.sku(),
                        order.productNameOf(shortage.sku()), shortage.requested(), shortage.available(),
                        shortage.expectedRestockDate(),
                        shortage.alternativeSkus() == null ? List.of()
                                : shortage.alternativeSkus().stream().map(order::label).toList()))
                .toList();
    }

    /** Lines as the order gives them: by SKU; the domain adds the names it knows. */
    static List<ParcelItem> lines(List<OrderLine> lines) {
        return lines == null ? null
                : lines.stream().map(line -> new ParcelItem(line.sku(), null, line.quantity())).toList();
    }

    static List<ParcelItem> items(List<AllocatedItem> items) {
        return items == null ? List.of()
                : items.stream().map(item -> new ParcelItem(item.sku(), item.name(), item.quantity())).toList();
    }
}
