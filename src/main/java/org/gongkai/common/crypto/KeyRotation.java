package org.gongkai.common.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.worker.Workers;
import org.gongkai.files.FileStore;

/**
 * Rotating the SM4 key (issue 18): with the new key as {@code GONGKAI_SM4_KEY} and the old one in
 * {@code GONGKAI_SM4_PREVIOUS_KEYS}, every copy reads both; this rewrites every encrypted column and every encrypted
 * attachment to the new key — in batches, each row updated only if it is still what was read (a concurrent change
 * wins), each file written under a new storage key before its row points there — and says what is left. Once nothing
 * is left the old key can be dropped from the settings. One place lists what is encrypted: {@link #COLUMNS}.
 */
@ApplicationScoped
public class KeyRotation {
    /** Every encrypted column, by table (primary key first). A new encrypted column is added here, or rotation misses it. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("disclosure_application", List.of("id", "query_code_enc", "name_enc", "id_number_enc", "phone_enc", "email_enc", "address_enc"));
        COLUMNS.put("enquiry", List.of("id", "query_code_enc", "contact_name_enc", "contact_phone_enc", "contact_email_enc"));
        COLUMNS.put("consultation_comment", List.of("id", "author_name_enc", "contact_email_enc", "contact_phone_enc"));
        COLUMNS.put("poll_response", List.of("id", "name_enc", "phone_enc"));
        COLUMNS.put("meeting_attendee", List.of("id", "name_enc"));
        COLUMNS.put("admin_decision", List.of("id", "party_name_enc", "legal_rep_enc", "id_number_enc"));
        COLUMNS.put("inspection_target", List.of("id", "legal_rep_enc", "address_enc"));
        COLUMNS.put("data_release", List.of("id", "content_enc"));
        COLUMNS.put("message_outbox", List.of("id", "to_address"));
        COLUMNS.put("staff_contact", List.of("username", "email", "display_name"));
    }

    static final int BATCH = 200;

    @Inject
    Pool pool;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    FileStore store;
    @Inject
    Workers workers;
    @Inject
    AuditService audit;

    @Schema(name = "KeyRotationStatus")
    public record Status(@Schema(description = "the current key's id") String keyId, @Schema(description = "values not yet under the current key, by table") Map<String, Long> values,
                         @Schema(description = "encrypted attachments checked by their header: not yet under the current key") long files, boolean done) {}

    String stale(List<String> cols) {
        List<String> c = new ArrayList<>();
        for (String col : cols.subList(1, cols.size())) c.add("(" + col + " is not null and " + col + " not like $1)");
        return String.join(" or ", c);
    }

    /** What is not yet under the current key (values counted in SQL; files by a header read). */
    public Uni<Status> status() {
        Map<String, Long> out = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        String like = PersonalDataCipher.PREFIX + cipher.keyId() + ":%";
        for (var e : COLUMNS.entrySet())
            chain = chain.flatMap(x -> pool.preparedQuery("select count(*) n from " + e.getKey() + " where " + stale(e.getValue())).execute(Tuple.of(like))
                    .invoke(rs -> out.put(e.getKey(), rs.iterator().next().getLong("n"))).replaceWithVoid());
        return chain.flatMap(x -> staleFiles(Integer.MAX_VALUE)).map(files -> {
            long left = out.values().stream().mapToLong(Long::longValue).sum();
            return new Status(cipher.keyId(), out, files.size(), left == 0 && files.isEmpty());
        });
    }

    record StoredFile(long id, String storageKey) {}

    Uni<List<StoredFile>> staleFiles(int limit) {
        return pool.query("select id, storage_key from attachment where encrypted order by id").execute().flatMap(rs -> {
            List<StoredFile> all = new ArrayList<>();
            for (Row r : rs) all.add(new StoredFile(r.getLong("id"), r.getString("storage_key")));
            return workers.run(() -> {
                List<StoredFile> stale = new ArrayList<>();
                for (StoredFile f : all) {
                    if (stale.size() >= limit) break;
                    try {
                        if (!cipher.isCurrent(cipher.fileKey(() -> store.open(f.storageKey())))) stale.add(f);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("attachment " + f.id() + ": " + e.getMessage(), e);
                    }
                }
                return stale;
            });
        });
    }

    /** Rewrites everything to the current key; audited with what was rewritten (never a value). */
    public Uni<Status> rotate(Actor actor) {
        Map<String, Long> rewritten = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var e : COLUMNS.entrySet()) chain = chain.flatMap(x -> table(e.getKey(), e.getValue(), 0L).invoke(n -> rewritten.put(e.getKey(), n)).replaceWithVoid());
        return chain.flatMap(x -> files()).flatMap(files -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> audit.record(actor, "crypto.key.rotated",
                "sm4-key", cipher.keyId(), null, Map.of("values", rewritten, "files", files)))).flatMap(x -> status());
    }

    Uni<Long> table(String table, List<String> cols, long done) {
        String like = PersonalDataCipher.PREFIX + cipher.keyId() + ":%";
        String pk = cols.get(0);
        List<String> values = cols.subList(1, cols.size());
        return pool.preparedQuery("select " + String.join(", ", cols) + " from " + table + " where " + stale(cols) + " order by " + pk + " limit " + BATCH)
                .execute(Tuple.of(like)).flatMap(rs -> {
                    if (rs.size() == 0) return Uni.createFrom().item(done);
                    List<Object[]> rows = new ArrayList<>();
                    for (Row r : rs) {
                        Object[] row = new Object[cols.size()];
                        row[0] = r.getValue(pk);
                        for (int i = 0; i < values.size(); i++) row[i + 1] = r.getString(values.get(i));
                        rows.add(row);
                    }
                    // decrypted and encrypted again on a worker (a data release is a whole sheet)
                    return workers.run(() -> {
                        List<Tuple> updates = new ArrayList<>();
                        for (Object[] row : rows) {
                            List<Object> p = new ArrayList<>();
                            for (int i = 1; i < row.length; i++) {
                                String v = (String) row[i];
                                p.add(v == null || !cipher.needsRewrite(v) ? v : cipher.encrypt(cipher.decrypt(v)));
                            }
                            p.add(row[0]);
                            for (int i = 1; i < row.length; i++) p.add(row[i]);
                            updates.add(Tuple.from(p));
                        }
                        return updates;
                    }).flatMap(updates -> {
                        StringBuilder sql = new StringBuilder("update " + table + " set ");
                        for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "" : ", ").append(values.get(i)).append(" = $").append(i + 1);
                        int n = values.size();
                        sql.append(" where ").append(pk).append(" = $").append(n + 1);
                        for (int i = 0; i < n; i++) sql.append(" and ").append(values.get(i)).append(" is not distinct from $").append(n + 2 + i);
                        return pool.withTransaction(c -> c.preparedQuery(sql.toString()).executeBatch(updates)).replaceWith(done + updates.size());
                    }).flatMap(total -> rs.size() < BATCH ? Uni.createFrom().item(total) : table(table, cols, total));
                });
    }

    /** Every stale attachment: read with its key, written again under a new storage key, the row moved, the old bytes removed. */
    Uni<Long> files() {
        return staleFiles(BATCH).flatMap(stale -> {
            if (stale.isEmpty()) return Uni.createFrom().item(0L);
            Uni<Long> chain = Uni.createFrom().item(0L);
            for (StoredFile f : stale) chain = chain.flatMap(n -> workers.run(() -> {
                String fresh = f.storageKey().replaceAll("-r[0-9a-f]{8}$", "") + "-r" + cipher.keyId();
                try {
                    String id = cipher.fileKey(() -> store.open(f.storageKey()));
                    try (java.io.InputStream in = cipher.decrypting(store.open(f.storageKey()), id);
                         java.io.OutputStream out = cipher.encrypting(store.create(fresh))) {
                        in.transferTo(out);
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("attachment " + f.id() + ": " + e.getMessage(), e);
                }
                return fresh;
            }).flatMap(fresh -> pool.preparedQuery("update attachment set storage_key = $1 where id = $2 and storage_key = $3").execute(Tuple.of(fresh, f.id(), f.storageKey()))
                    .flatMap(rs -> workers.run(() -> {
                        try {
                            store.delete(rs.rowCount() == 1 ? f.storageKey() : fresh);
                        } catch (java.io.IOException ignored) {
                            // an orphan of ciphertext is harmless
                        }
                        return n + rs.rowCount();
                    }))));
            return chain.flatMap(n -> stale.size() < BATCH ? Uni.createFrom().item(n) : files().map(m -> n + m));
        });
    }
}
