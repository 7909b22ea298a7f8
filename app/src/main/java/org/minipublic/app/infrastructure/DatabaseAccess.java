package org.minipublic.app.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;

/**
 * How to reach one database as one role, both for JDBC and for PostgreSQL's own programs (which take libpq's {@code
 * PG*} environment variables, so that the password never appears on a command line other users can see).
 */
final class DatabaseAccess {

    private final String jdbcUrl;
    private final Map<String, String> libpq;
    private final String database;
    private final String user;
    private final String password;

    private DatabaseAccess(String jdbcUrl, Map<String, String> libpq, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.libpq = libpq;
        this.database = libpq.getOrDefault("PGDATABASE", "");
        this.user = user;
        this.password = password;
    }

    /** A server of the application's own: {@code jdbc:postgresql://localhost:<port>/<database>}. */
    static DatabaseAccess local(int port, String database, String user, String password) {
        return of("jdbc:postgresql://localhost:" + port + "/" + database, user, password);
    }

    /** Hosts, ports, database and {@code sslmode} as in the URL (several hosts stay a list, as libpq reads them). */
    static DatabaseAccess of(String jdbcUrl, String user, String password) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            throw new CommandRefusal("The database address " + jdbcUrl
                    + " is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        var libpq = new LinkedHashMap<String, String>();
        libpq.put("PGHOST", parsed.getProperty("PGHOST", "localhost"));
        libpq.put("PGPORT", parsed.getProperty("PGPORT", "5432"));
        libpq.put("PGDATABASE", parsed.getProperty("PGDBNAME", ""));
        putIfSet(libpq, "PGSSLMODE", parsed.getProperty("sslmode"));
        return new DatabaseAccess(jdbcUrl, Map.copyOf(libpq), user, password);
    }

    Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** The variables for {@code pg_dump} and {@code pg_restore}, which are told never to ask for a password. */
    Map<String, String> environment() {
        var environment = new LinkedHashMap<>(libpq);
        environment.put("PGUSER", user);
        environment.put("PGPASSWORD", password);
        return environment;
    }

    String database() {
        return database;
    }

    /** For messages: where and as whom, without the password. */
    @Override
    public String toString() {
        return "database \"" + database + "\" on " + libpq.getOrDefault("PGHOST", "") + ":"
                + libpq.getOrDefault("PGPORT", "") + " as \"" + user + "\"";
    }

    private static void putIfSet(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
