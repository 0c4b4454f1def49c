package org.gongkai.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * A real PostgreSQL streaming replica of an embedded primary (issue 18), made the way the manual's "low-level base
 * backup" does it, with no tool beyond the server itself: a physical replication slot, {@code pg_start_backup}
 * (PG 14; {@code pg_backup_start} from 15), a copy of the data folder, {@code pg_stop_backup} and its backup label,
 * {@code standby.signal} and {@code primary_conninfo}; then the copy started as a hot standby that streams from the
 * slot. Reads only; {@code pg_wal_replay_pause()} on it holds it back for a test.
 */
public final class StreamingReplica {
    public static final String SLOT = "gongkai_replica";

    private StreamingReplica() {}

    /** Starts a streaming replica of {@code primary} (whose data folder is {@code primaryDir}) in {@code dir} on {@code port}. */
    public static EmbeddedDatabase start(EmbeddedDatabase primary, Path primaryDir, Path dir, int port) {
        try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
            s.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
            boolean v15 = number(s, "show server_version_num") >= 150000;
            s.execute(v15 ? "select pg_backup_start('gongkai-replica', true)" : "select pg_start_backup('gongkai-replica', true, false)");
            copy(primaryDir, dir);
            String label;
            String map;
            try (ResultSet r = s.executeQuery(v15 ? "select labelfile, spcmapfile from pg_backup_stop(true)"
                    : "select labelfile, spcmapfile from pg_stop_backup(false, true)")) {
                r.next();
                label = r.getString(1);
                map = r.getString(2);
            }
            Files.writeString(dir.resolve("backup_label"), label);
            if (map != null && !map.isBlank()) Files.writeString(dir.resolve("tablespace_map"), map);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the base backup of the primary failed: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(dir.resolve("pg_wal/archive_status"));
            Files.writeString(dir.resolve("standby.signal"), "");
            Files.writeString(dir.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port=" + primary.port()
                    + " user=postgres application_name=gongkai_replica'\nprimary_slot_name = '" + SLOT + "'\nhot_standby = on\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("the replica's folder could not be prepared: " + e.getMessage(), e);
        }
        return EmbeddedDatabase.start(port, dir);
    }

    private static long number(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return Long.parseLong(r.getString(1));
        }
    }

    /** What a base backup leaves out: the primary's process files, its WAL (streamed from the slot instead), its slots. */
    static final java.util.Set<String> LEFT_OUT = java.util.Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    static final java.util.Set<String> EMPTIED = java.util.Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

    /** The data folder copied while the server runs: modes kept (the server insists on them), files that vanish meanwhile skipped. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() == 1 && LEFT_OUT.contains(rel.toString())) continue;
                if (rel.getNameCount() > 1 && EMPTIED.contains(rel.getName(0).toString())) continue;
                try {
                    Files.copy(p, to.resolve(rel.toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a temporary file the server removed while we copied
                }
            }
        }
    }
}
