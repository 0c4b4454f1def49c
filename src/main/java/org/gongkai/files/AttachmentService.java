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
            "application/ofd");
    private final Tika tika = new Tika();

    /** Loads Tika's type registry at start-up, on a worker, not in the first upload's request (issue 9). */
    void warm(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent e) {
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()
                .execute(() -> tika.detect("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "warm.pdf"));
    }

    @Inject
    FileStore store;
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

    /** Inside the caller's transaction: the row and the audit event with the change they belong to. */
    public Uni<Attachment> add(String ownerType, String ownerId, String fileName, byte[] bytes, Actor actor) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
        if (name.isEmpty() || name.length() > 255) throw ProblemException.badField("file", "needs a file name of at most 255 characters");
        if (bytes.length == 0) throw ProblemException.badField("file", "is empty");
        if (bytes.length > MAX_BYTES) throw ProblemException.badField("file", "is larger than 20 MB");
        String type = tika.detect(bytes, name);
        if (!ALLOWED.contains(type)) throw ProblemException.badField("file", "type " + type + " is not accepted (PDF, OFD, Word, Excel, PowerPoint, images, ZIP, text)");
        Attachment a = new Attachment();
        a.ownerType = ownerType;
        a.ownerId = ownerId;
        a.fileName = name;
        a.contentType = type;
        a.sizeBytes = bytes.length;
        a.sha256 = sha256(bytes);
        a.storageKey = ownerType.toLowerCase() + "/" + UUID.randomUUID();
        a.uploadedBy = actor.username();
        a.uploadedAt = time.now();
        return store.put(a.storageKey, bytes)
                .flatMap(x -> Panache.getSession()).flatMap(s -> s.persist(a).call(s::flush))
                .call(() -> audit.record(actor, "attachment.added", ownerType, ownerId, null,
                        Map.of("attachment", a.id, "fileName", a.fileName, "sha256", a.sha256)))
                .replaceWith(a);
    }

    public Uni<Void> remove(String ownerType, String ownerId, long id, Actor actor) {
        return one(ownerType, ownerId, id).flatMap(a -> {
            a.removed = true;
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "attachment.removed", ownerType, ownerId, Map.of("attachment", id, "fileName", a.fileName), null));
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

    public Uni<byte[]> bytes(Attachment a) {
        return store.get(a.storageKey);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as a download response, under its own (Chinese) name. */
    public Uni<jakarta.ws.rs.core.Response> download(Attachment a) {
        return bytes(a).map(b -> jakarta.ws.rs.core.Response.ok(b, a.contentType).header("Content-Disposition", disposition(a.fileName)).build());
    }

    /** A Content-Disposition that keeps Chinese file names (RFC 6266 / 5987). */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
