package org.gongkai.common.sql;

import java.util.Optional;

import io.vertx.pgclient.PgConnectOptions;

/** Connection options for a PostgreSQL connection of our own (the epoch's LISTEN, the read replica's pool): one place. */
public final class PgOptions {
    private PgOptions() {
    }

    /** From a {@code postgresql://host:port/db} URL; the user and password, where given, over the URL's. */
    public static PgConnectOptions of(String url, Optional<String> user, Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }
}
