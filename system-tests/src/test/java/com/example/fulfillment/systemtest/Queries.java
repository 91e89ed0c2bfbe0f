package com.example.fulfillment.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.example.fulfillment.systemtest.RunningStack.Service;

/** What a test reads from a service's own database: rows of text, one query at a time, parameters bound in order. */
final class Queries {

    private Queries() {
    }

    static List<String[]> rows(RunningStack stack, Service service, String query, Object... parameters)
            throws SQLException {
        try (Connection connection = stack.connect(service);
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int column = 0; column < columns; column++) {
                        row[column] = result.getString(column + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The one number a query such as {@code select count(*) ...} answers. */
    static long number(RunningStack stack, Service service, String query, Object... parameters) throws SQLException {
        return Long.parseLong(rows(stack, service, query, parameters).get(0)[0]);
    }
}
