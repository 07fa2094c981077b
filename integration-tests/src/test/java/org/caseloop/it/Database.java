package org.caseloop.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Direct access to the test database, for what no API may do: tampering with an audit record to
 * prove that verification finds it. Connection settings are the ones scripts/test.sh gives the server.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        String host = env("CASELOOP_DB_HOST");
        String port = env("CASELOOP_DB_PORT");
        String name = env("CASELOOP_DB_NAME");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name,
                env("CASELOOP_DB_USER"), env("CASELOOP_DB_PASSWORD"));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests with scripts/test.sh");
        }
        return value;
    }
}
