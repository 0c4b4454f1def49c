package org.gongkai.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.apache.tika.Tika;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;

/**
 * Adds, lists, reads and removes attachments. The type is detected from the bytes: a file that claims to be a PDF
 * but is not, or a type outside the list, is refused with a 400 on the {@code file} field.
 */
@ApplicationScoped
public class AttachmentService {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/zip", "text/plain",
            "application/vnd.oasis.opendocument.text", "application/x-tika-ooxml", "application/x-tika-msoffice",
            "application/ofd",
            // an interpretation's media (issue 11): images above, and audio, video, animation
            "image/gif", "audio/mpeg", "audio/mp4", "video/mp4", "video/webm", "audio/webm");
    private final Tika tika = new Tika();

    /** Loads Tika's type registry on a worker once the server listens, not in the first upload's request (issues 9, 17). */
    void warm(@jakarta.enterprise.event.Observes io.quarkus.vertx.http.HttpServerStart e) {
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()
                .execute(() -> tika.detect("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "warm.pdf"));
    }

    @Inject
    FileStore store;
    @Inject
    org.gongkai.common.crypto.PersonalDataCipher cipher;
    @Inject
    org.gongkai.common.worker.Workers workers;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    @Schema(name = "Attachment")
    public record View(long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedAt) {
        public static View of(Attachment a) {
            return new View(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt.toString());
        }
    }

    /** An upload checked, typed, hashed and stored encrypted, waiting for its row (see {@link #add}). */
    public record Prepared(String ownerType, String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {}

    /**
     * The multipart chain in one place (issue 9), before any transaction and off the event loop: the file is
     * named, sized, typed from its first bytes (Tika), hashed and SM4-encrypted into the store in one streaming
     * pass from the upload's temporary file — never held in memory.
     */
    public Uni<Prepared> prepare(String ownerType, org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.uploadedFile() == null) throw ProblemException.badField("file", "is required (multipart field 'file')");
        String name = file.fileName() == null ? "" : file.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
        if (name.isEmpty() || name.length() > 255) throw ProblemException.badField("file", "needs a file name of at most 255 characters");
        java.nio.file.Path path = file.uploadedFile();
        return workers.run(() -> {
            try {
                long size = java.nio.file.Files.size(path);
                if (size == 0) throw ProblemException.badField("file", "is empty");
                if (size > MAX_BYTES) throw ProblemException.badField("file", "is larger than 20 MB");
                String type;
                try (java.io.InputStream in = org.apache.tika.io.TikaInputStream.get(path)) {
                    type = tika.detect(in, name);
                }
                if (!ALLOWED.contains(type)) throw ProblemException.badField("file", "type " + type + " is not accepted (PDF, OFD, Word, Excel, PowerPoint, images, ZIP, text)");
                String key = ownerType.toLowerCase() + "/" + UUID.randomUUID();
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(path));
                     java.io.OutputStream out = cipher.encrypting(store.create(key))) {
                    byte[] buf = new byte[64 * 1024];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                        out.write(buf, 0, n);
                    }
                }
                return new Prepared(ownerType, name, type, size, HexFormat.of().formatHex(sha.digest()), key);
            } catch (ProblemException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the upload could not be stored", e);
            }
        });
    }

    /**
     * Inside the caller's transaction: the row and the audit event with the change they belong to. The audit
     * payload names the attachment and its hash, never its file name (names can carry personal data).
     */
    public Uni<Attachment> add(String ownerId, Prepared p, Actor actor) {
        Attachment a = new Attachment();
        a.ownerType = p.ownerType();
        a.ownerId = ownerId;
        a.fileName = p.fileName();
        a.contentType = p.contentType();
        a.sizeBytes = p.sizeBytes();
        a.sha256 = p.sha256();
        a.storageKey = p.storageKey();
        a.encrypted = true;
        a.uploadedBy = actor.username();
        a.uploadedAt = time.now();
        return Panache.getSession().flatMap(s -> s.persist(a).call(s::flush))
                .call(() -> audit.record(actor, "attachment.added", p.ownerType(), ownerId, null,
                        Map.of("attachment", a.id, "contentType", a.contentType, "sha256", a.sha256)))
                .replaceWith(a);
    }

    /** A prepared upload whose transaction failed: its stored bytes go too. */
    public Uni<Void> discard(Prepared p) {
        return workers.run(() -> {
            try {
                store.delete(p.storageKey());
            } catch (java.io.IOException e) {
                // an orphaned encrypted blob is harmless; nothing to tell the client
            }
            return null;
        });
    }

    /** prepare → (the caller's check and row, in one transaction) → or discard: the whole upload in one call. */
    public Uni<Attachment> upload(String ownerType, org.jboss.resteasy.reactive.multipart.FileUpload file,
                                  java.util.function.Function<Prepared, Uni<Attachment>> inTransaction) {
        return prepare(ownerType, file).flatMap(p -> inTransaction.apply(p)
                .onFailure().call(e -> discard(p)));
    }

    public Uni<Void> remove(String ownerType, String ownerId, long id, Actor actor) {
        return one(ownerType, ownerId, id).flatMap(a -> {
            a.removed = true;
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "attachment.removed", ownerType, ownerId, Map.of("attachment", id), null));
        });
    }

    @WithSession
    public Uni<List<Attachment>> list(String ownerType, String ownerId) {
        return Panache.getSession().flatMap(s -> s.createQuery(
                        "from Attachment where ownerType = :t and ownerId = :o and removed = false order by id", Attachment.class)
                .setParameter("t", ownerType).setParameter("o", ownerId).getResultList());
    }

    @WithSession
    public Uni<List<Attachment>> byIds(List<Long> ids) {
        if (ids.isEmpty()) return Uni.createFrom().item(List.of());
        return Panache.getSession().flatMap(s -> s.createQuery("from Attachment where id in :ids order by id", Attachment.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The attachment of this owner, or a 404. */
    @WithSession
    public Uni<Attachment> one(String ownerType, String ownerId, long id) {
        return Panache.getSession().flatMap(s -> s.find(Attachment.class, id)).map(a -> {
            if (a == null || a.removed || !a.ownerType.equals(ownerType) || !a.ownerId.equals(ownerId)) throw ProblemException.notFound("attachment", id);
            return a;
        });
    }

    /**
     * The file as a download under its own (Chinese) name, streamed: read, decrypted and written in 64 KiB chunks on
     * a worker, so a 20 MB scan never sits in memory whole and never blocks the event loop (issue 9). A failure of
     * {@code found} (404, 403) happens before the first byte and is answered as a problem.
     */
    public org.jboss.resteasy.reactive.RestMulti<byte[]> download(Uni<Attachment> found) {
        return org.jboss.resteasy.reactive.RestMulti.fromUniResponse(found, this::chunks, a -> Map.of(
                "Content-Type", List.of(a.contentType),
                "Content-Disposition", List.of(disposition(a.fileName)),
                "X-Content-Type-Options", List.of("nosniff")));
    }

    static final int CHUNK = 64 * 1024;

    io.smallrye.mutiny.Multi<byte[]> chunks(Attachment a) {
        return io.smallrye.mutiny.Multi.createFrom().resource(() -> plain(a),
                        in -> io.smallrye.mutiny.Multi.createBy().repeating().supplier(() -> next(in, a)).until(b -> b.length == 0))
                .withFinalizer(in -> {
                    try { in.close(); } catch (java.io.IOException ignored) { /* nothing left to read */ }
                })
                .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
    }

    private java.io.InputStream plain(Attachment a) {
        try {
            if (!a.encrypted) return store.open(a.storageKey);
            // during a key rotation a file from before key ids may be under the previous key: found by its tag first (issue 18)
            String legacyKey = cipher.hasPreviousKeys() ? cipher.fileKey(() -> store.open(a.storageKey)) : null;
            return cipher.decrypting(store.open(a.storageKey), legacyKey);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("attachment " + a.id + " is missing from the file store", e);
        }
    }

    private static byte[] next(java.io.InputStream in, Attachment a) {
        try {
            return in.readNBytes(CHUNK);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("attachment " + a.id + " could not be read (changed on disk, or another key)", e);
        }
    }

    /** A Content-Disposition that keeps Chinese file names (RFC 6266 / 5987). */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
