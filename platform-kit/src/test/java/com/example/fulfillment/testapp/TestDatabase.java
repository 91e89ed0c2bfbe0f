package com.example.fulfillment.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * What the test application's database says: the outbox, the idempotency records, the parked events and the
 * consumers' effects.
 */
@ApplicationScoped
@IfBuildProperty(name = "platform-kit.test-app", stringValue = "true")
public class TestDatabase {

    public record OutboxRow(long seq, UUID eventId, String orderId, OffsetDateTime publishedAt) {
    }

    public record Effect(long id, String consumer, UUID eventId, String orderId, String step) {
    }

    /** A row of parked_event, as far as the tests look at it. */
    public record Parked(UUID eventId, String reason, boolean redrivable, int attempts, boolean open,
            String discardedBy) {
    }

    private final DataSource dataSource;

    TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<OutboxRow> outbox(Collection<UUID> eventIds) {
        List<OutboxRow> rows = new ArrayList<>();
        query("select seq, event_id, order_id, published_at from outbox_message where event_id = any(?) order by seq",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", eventIds.toArray())),
                result -> rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                        result.getObject(4, OffsetDateTime.class))));
        return rows;
    }

    public List<OutboxRow> outboxOfOrder(String orderId) {
        List<OutboxRow> rows = new ArrayList<>();
        query("select seq, event_id, order_id, published_at from outbox_message where order_id = ? order by seq",
                statement -> statement.setString(1, orderId),
                result -> rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                        result.getObject(4, OffsetDateTime.class))));
        return rows;
    }

    /** The idempotency records of one event: one per reaction that processed it. */
    public List<String> processedBy(UUID eventId) {
        List<String> consumers = new ArrayList<>();
        query("select consumer from processed_event where event_id = ? order by consumer",
                statement -> statement.setObject(1, eventId), result -> consumers.add(result.getString(1)));
        return consumers;
    }

    /** The committed effects of the test consumers on this order's events, in the order they were written. */
    public List<Effect> effectsOfOrder(String orderId) {
        List<Effect> effects = new ArrayList<>();
        query("select id, consumer, event_id, order_id, step from test_effect where order_id = ? order by id",
                statement -> statement.setString(1, orderId),
                result -> effects.add(new Effect(result.getLong(1), result.getString(2),
                        result.getObject(3, UUID.class), result.getString(4), result.getString(5))));
        return effects;
    }

    /** Every parking of this order's events, in the order they were parked. */
    public List<Parked> parkedOfOrder(String orderId) {
        List<Parked> parked = new ArrayList<>();
        query("""
                select event_id, reason, redrivable, attempts, released_at is null and discarded_at is null, discarded_by
                from parked_event where order_id = ? order by seq""",
                statement -> statement.setString(1, orderId),
                result -> parked.add(new Parked(result.getObject(1, UUID.class), result.getString(2),
                        result.getBoolean(3), result.getInt(4), result.getBoolean(5), result.getString(6))));
        return parked;
    }

    public List<Effect> effectsOn(UUID eventId) {
        List<Effect> effects = new ArrayList<>();
        query("select id, consumer, event_id, order_id, step from test_effect where event_id = ? order by id",
                statement -> statement.setObject(1, eventId),
                result -> effects.add(new Effect(result.getLong(1), result.getString(2),
                        result.getObject(3, UUID.class), result.getString(4), result.getString(5))));
        return effects;
    }

    /** Sessions of this database waiting for a row lock (another transaction's uncommitted insert, say). */
    public int sessionsWaitingForALock() {
        int[] count = { 0 };
        query("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                statement -> {
                }, result -> count[0] = result.getInt(1));
        return count[0];
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e, e);
        }
    }
}
