import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an order's cost can stay flat as history grows: a read by index costs about the same at 10^4 and 10^6
 * stored orders, a sequential scan of a table that grows with every order does not. PostgreSQL counts both per
 * table (pg_stat_user_tables); read before and after a run, the rows read by sequential scans per completed order
 * name the tables whose reads would grow with the history, with their size now.
 */
final class Scans {

    /** Below this size the planner's sequential scan is the cheaper plan, and says nothing about growth. */
    static final long LARGE_TABLE_ROWS = 20_000;

    /** Per table (database.table): rows read by sequential scans, by index scans, and live rows. */
    record Sample(Map<String, long[]> tables) {
    }

    record Growing(String table, double seqRowsPerOrder, double indexScansPerOrder, long liveRows) {
    }

    static Sample sample() {
        Map<String, long[]> tables = new HashMap<>();
        for (String database : Effects.DATABASES) {
            String rows = Ceiling.psql(database, "select relname, seq_tup_read, coalesce(idx_scan, 0), n_live_tup"
                    + " from pg_stat_user_tables");
            for (String row : rows.split("\n")) {
                String[] columns = row.split("\\|");
                if (columns.length == 4) {
                    tables.put(database + "." + columns[0], new long[] {Long.parseLong(columns[1]),
                            Long.parseLong(columns[2]), Long.parseLong(columns[3].strip())});
                }
            }
        }
        return new Sample(tables);
    }

    /**
     * The tables read sequentially during the run that hold more than LARGE_TABLE_ROWS rows, most rows per order
     * first: a scan of a small table is often the planner's best plan, a scan of a large one is a missing index.
     */
    static List<Growing> growing(Sample before, Sample after, int completed) {
        List<Growing> growing = new ArrayList<>();
        if (completed == 0) {
            return growing;
        }
        after.tables().forEach((table, now) -> {
            long[] earlier = before.tables().getOrDefault(table, new long[3]);
            long seqRows = now[0] - earlier[0];
            if (seqRows > 0 && now[2] > LARGE_TABLE_ROWS) {
                growing.add(new Growing(table, (double) seqRows / completed, (double) (now[1] - earlier[1]) / completed,
                        now[2]));
            }
        });
        growing.sort((a, b) -> Double.compare(b.seqRowsPerOrder(), a.seqRowsPerOrder()));
        return growing;
    }

    static String text(List<Growing> growing) {
        if (growing.isEmpty()) {
            return "  reads that grow with history: none (no table over %,d rows was scanned sequentially)%n"
                    .formatted(LARGE_TABLE_ROWS);
        }
        StringBuilder out = new StringBuilder("  reads that grow with history (sequential scans of tables over %,d rows):%n"
                .formatted(LARGE_TABLE_ROWS));
        growing.stream().limit(5).forEach(g -> out.append("    %-44s %10.1f rows scanned per order (%d rows now)%n"
                .formatted(g.table(), g.seqRowsPerOrder(), g.liveRows())));
        return out.toString();
    }

    static String json(List<Growing> growing) {
        return "[" + String.join(",", growing.stream().map(g -> "{\"table\":\"%s\",\"seqRowsPerOrder\":%.1f,\"liveRows\":%d}"
                .formatted(g.table(), g.seqRowsPerOrder(), g.liveRows())).toList()) + "]";
    }
}
