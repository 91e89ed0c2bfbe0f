import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stored history for the flat-cost question (is an order as cheap with 10^6 orders behind it as with 10^4?): grows
 * every service's database to at least the asked number of completed orders by copying the completed orders already
 * there, each copy under an order id of its own, directly in the databases (a saga run to 10^6 orders would take
 * days). A copy keeps every row the order left in every service (timeline, lines, approvals, documents, reservation
 * and stock movements, invoice and its lines, shipment and its tracking, notifications, outbox rows and idempotency
 * records), so the tables and their indexes are as large as that history would have made them. Copies' order ids
 * start with 5eed, so that a later seeding copies only real orders; ids are derived (md5 of the original and the
 * copy's number), so an order's copy has the same id in every database. Reference data (products, prices) is shared.
 */
final class History {

    /** The tables that grow with the orders, per database, parents before children; null: not tied to an order. */
    private static final Map<String, List<String[]>> TABLES = Map.of(
            "order_service", List.of(t("orders", "id"), t("order_line", "order_id"), t("order_timeline", "order_id"),
                    t("order_document", "order_id"), t("approval_task", "order_id"), t("outbox_message", "order_id"),
                    t("processed_event", null)),
            "inventory_service", List.of(t("stock_request", "order_id"), t("stock_request_line", "order_id"),
                    t("reservation", "order_id"), t("stock_movement", "order_id"), t("outbox_message", "order_id"),
                    t("processed_event", null)),
            "billing_service", List.of(t("billing_order", "order_id"), t("invoice", "order_id"),
                    t("invoice_line", "invoice_order_id"), t("invoice_allocated_item", "invoice_order_id"),
                    t("outbox_message", "order_id"), t("processed_event", null)),
            "shipping_service", List.of(t("shipment", "order_id"), t("shipment_item", "order_id"),
                    t("shipment_material", "order_id"), t("shipment_handover_document", "order_id"),
                    t("shipment_earlier_label", "order_id"), t("tracking_event", "order_id"),
                    t("outbox_message", "order_id"), t("processed_event", null)),
            "notification_service", List.of(t("recipient", "order_id"), t("order_item", "order_id"),
                    t("notification", "order_id"), t("outbox_message", "order_id"), t("processed_event", null)));

    /** Values that must stay unique per copy although they are no id: suffixed with ~<copy>. */
    private static final Set<String> SUFFIXED = Set.of("idempotency_key", "number", "credit_note_number",
            "tracking_number", "last_tracking_number", "carrier_event_id", "consumer");
    private static final String SEED_PREFIX = "5eed";

    private static String[] t(String table, String orderColumn) {
        return new String[] {table, orderColumn};
    }

    static int completedOrders() {
        String count = Ceiling.psql("order_service", "select count(*) from orders where status = 'COMPLETED'").strip();
        return count.isEmpty() ? 0 : Integer.parseInt(count);
    }

    /** Copies completed orders until at least target are stored; returns how many are stored then. */
    static int seed(int target) {
        int stored = completedOrders();
        String originals = Ceiling.psql("order_service", "select id from orders where status = 'COMPLETED'"
                + " and id not like '" + SEED_PREFIX + "%'").strip();
        List<String> template = originals.isEmpty() ? List.of() : List.of(originals.split("\n"));
        if (stored >= target || template.isEmpty()) {
            return stored;
        }
        int copiesSoFar = (stored - template.size()) / template.size();
        int copiesNeeded = (int) Math.ceil((double) (target - stored) / template.size());
        String idList = String.join(",", template.stream().map(id -> "('" + id + "')").toList());
        int step = Math.max(1, 20_000 / template.size());
        for (int from = copiesSoFar + 1; from <= copiesSoFar + copiesNeeded; from += step) {
            int to = Math.min(copiesSoFar + copiesNeeded, from + step - 1);
            for (var database : TABLES.entrySet()) {
                StringBuilder sql = new StringBuilder("begin; create temp table template_order (id varchar(64)) on"
                        + " commit drop; insert into template_order values " + idList + ";\n");
                for (String[] table : database.getValue()) {
                    sql.append(copy(database.getKey(), table[0], table[1], from, to)).append(";\n");
                }
                sql.append("commit;");
                if (Ceiling.psql(database.getKey(), sql.toString()).isEmpty()) {
                    throw new IllegalStateException("seeding " + database.getKey() + " failed (run the statement by"
                            + " hand to see why):\n" + sql.substring(0, Math.min(sql.length(), 2000)));
                }
            }
            Progress.line("history: %d of %d completed orders stored", template.size() * (to + 1), target);
        }
        for (String database : TABLES.keySet()) {
            Ceiling.psql(database, "analyze");
        }
        return completedOrders();
    }

    /** One insert … select of a table's rows of the template orders, once per copy number from..to. */
    private static String copy(String database, String table, String orderColumn, int from, int to) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String row : Ceiling.psql(database, "select column_name, data_type, coalesce(character_maximum_length, 0)"
                + " from information_schema.columns where table_schema = 'public' and table_name = '" + table
                + "' order by ordinal_position").split("\n")) {
            String[] column = row.split("\\|");
            String name = column[0];
            columns.add(name);
            if (name.equals(orderColumn)) {
                values.add("overlay(md5(" + name + " || ':' || k)::uuid::text placing '" + SEED_PREFIX
                        + "' from 1 for 4)");
            } else if (column[1].equals("uuid")) {
                values.add("md5(" + name + "::text || ':' || k)::uuid");
            } else if (name.equals("customer_email") || (table.equals("recipient") && name.equals("email"))) {
                // a copy is another customer's order: a history of few customers would make the planner read
                // every order of one to list them, which no shop's history does
                values.add("'c' || k || '.' || " + name);
            } else if (SUFFIXED.contains(name)) {
                int room = Integer.parseInt(column[2].strip()) - 8;
                values.add("left(" + name + ", " + room + ") || '~' || k");
            } else if ((table.equals("outbox_message") && name.equals("seq"))
                    || (table.equals("stock_movement") && name.equals("id"))) {
                values.add(name + " + k * 1000000000::bigint");
            } else {
                values.add(name);
            }
        }
        String rows = orderColumn == null
                ? "consumer not like '%~%'" // idempotency records of real events only, not of earlier copies
                : orderColumn + " in (select id from template_order)";
        // history only: nothing a relay would publish again or a sender send again
        rows += switch (table) {
            case "outbox_message" -> " and published_at is not null";
            case "notification" -> " and status <> 'PENDING'";
            default -> "";
        };
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + ", generate_series(" + from + ", " + to + ") k where " + rows
                + " on conflict do nothing";
    }
}
