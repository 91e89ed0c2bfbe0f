package com.example.fulfillment.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.example.fulfillment.testapp.PlatformKitTestApp;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every service's connections give up on a database that stops answering, instead of hanging: the driver's socket
 * timeout and TCP keep-alive reach the connections that the pool hands out (set once, in platform-kit's defaults).
 */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class DatabaseTimeoutsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pooledConnectionsCarryTheSocketTimeoutAndKeepAlive() throws SQLException {
        Properties configured = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration().jdbcProperties();
        assertEquals("60", configured.getProperty("socketTimeout"), configured.toString());
        assertEquals("true", configured.getProperty("tcpKeepAlive"), configured.toString());
        try (Connection connection = dataSource.getConnection()) {
            // the socket's read timeout in milliseconds, as the driver set it on the open connection
            assertEquals(60_000, connection.unwrap(PGConnection.class) instanceof Connection pg
                    ? pg.getNetworkTimeout() : -1);
            assertTrue(connection.isValid(5));
        }
    }
}
