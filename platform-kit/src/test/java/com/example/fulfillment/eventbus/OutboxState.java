package com.example.fulfillment.eventbus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** The relay's view of an order's outbox rows, read straight from the test application's database. */
final class OutboxState {

    record Row(long seq, UUID eventId, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime failedAt,
            String failure) {

        boolean waiting() {
            return publishedAt == null && failedAt == null;
        }
    }

    private final DataSource dataSource;

    OutboxState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Row> ofOrder(String orderId) {
        String sql = """
                select seq, event_id, created_at, published_at, failed_at, failure from outbox_message
                where order_id = ? order by seq""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orderId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getObject(2, UUID.class),
                            result.getObject(3, OffsetDateTime.class), result.getObject(4, OffsetDateTime.class),
                            result.getObject(5, OffsetDateTime.class), result.getString(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e, e);
        }
    }

    boolean allPublished(String... orders) {
        for (String order : orders) {
            if (ofOrder(order).stream().anyMatch(row -> row.publishedAt() == null)) {
                return false;
            }
        }
        return true;
    }
}
