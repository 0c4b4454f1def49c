package org.gongkai.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL (zonky): used by the tests and by {@code deploy/run.sh} for a newcomer's dev run.
 * {@code main} keeps one running on a fixed port until the process is stopped.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DB = "gongkai";
    public static final String USER = "gongkai";
    public static final String PASSWORD = "gongkai";

    private final EmbeddedPostgres pg;

    private EmbeddedDatabase(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /** Starts a server on {@code port} (0: any free port) with the gongkai database and role. */
    public static EmbeddedDatabase start(int port) {
        return start(port, null);
    }

    public static EmbeddedDatabase start(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100");
            if (port > 0) b.setPort(port);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                b.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = b.start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'");
                if (!rs.next()) s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                rs = s.executeQuery("select 1 from pg_database where datname = '" + DB + "'");
                if (!rs.next()) s.execute("create database " + DB + " owner " + USER + " encoding 'UTF8' template template0");
            }
            return new EmbeddedDatabase(pg);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    /** A connection as the server's superuser (postgres), to the postgres database. */
    public Connection superuser() throws SQLException {
        return pg.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the process is gone with the JVM anyway
        }
    }

    /** {@code EmbeddedDatabase PORT [DATA_DIR]}: runs until killed. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 54329;
        Path dir = args.length > 1 ? Path.of(args[1]) : null;
        EmbeddedDatabase db = start(port, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + db.port() + "/" + DB + " (user " + USER + ")");
        Thread.currentThread().join();
    }
}
