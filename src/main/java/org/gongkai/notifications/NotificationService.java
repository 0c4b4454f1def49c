package org.gongkai.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.time.TimeSource;

/**
 * The console's notifications: written by the workflows and the sweep in their own transactions, read per user (what
 * is addressed to them, to their department, or to a role they hold), marked read per user.
 */
@ApplicationScoped
public class NotificationService {
    @Inject
    TimeSource time;

    /** Who is reading: the user, their department (may be null), their roles. */
    public record Reader(String username, String department, Set<String> roles) {}

    /** One notification as the reader sees it. */
    public record Row(long id, String kind, String titleZh, String titleEn, String link, String subjectType, String subjectId,
                      Instant createdAt, boolean read) {}

    @Inject
    MessageOutbox outbox;
    @Inject
    org.gongkai.common.crypto.PersonalDataCipher cipher;

    /**
     * Records a notice in the caller's transaction; a notice with a dedupe key already given is not repeated. Each
     * member of staff it is for, whose address the console has seen, is also sent it by e-mail (through the outbox).
     */
    public Uni<Void> notify(Notice n) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into notification (kind, recipient_user, recipient_department, "
                        + "recipient_role, title_zh, title_en, link, subject_type, subject_id, dedupe_key, created_at) "
                        + "values (:kind, :u, :d, :r, :zh, :en, :link, :st, :sid, :key, :at) on conflict (dedupe_key) do nothing")
                .setParameter("kind", n.kind().name()).setParameter("u", n.user()).setParameter("d", n.department())
                .setParameter("r", n.role()).setParameter("zh", cut(n.titleZh())).setParameter("en", cut(n.titleEn()))
                .setParameter("link", n.link()).setParameter("st", n.subjectType()).setParameter("sid", n.subjectId())
                .setParameter("key", n.dedupeKey()).setParameter("at", time.now()).executeUpdate()
                .flatMap(inserted -> inserted == 0 ? Uni.createFrom().voidItem() : mailTheAddressees(s, n)));
    }

    /** The staff a notice is for, as the contacts the console remembered: by name, by department and role, by role. */
    private Uni<Void> mailTheAddressees(org.hibernate.reactive.mutiny.Mutiny.Session s, Notice n) {
        String where = n.user() != null ? "username = :u"
                : n.department() != null ? "department_code = :d" + (n.role() != null ? " and roles like :r" : "")
                : "roles like :r";
        var q = s.createNativeQuery("select username, email from staff_contact where email is not null and (" + where + ") order by username limit 50", Object[].class);
        if (n.user() != null) q.setParameter("u", n.user());
        else {
            if (n.department() != null) q.setParameter("d", n.department());
            if (n.role() != null) q.setParameter("r", "%," + n.role() + ",%");
        }
        return q.getResultList().flatMap(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            String key = n.dedupeKey() != null ? n.dedupeKey() : java.util.UUID.randomUUID().toString();
            for (Object[] r : rows) {
                var mail = MailTemplates.staffNotice(n.titleZh(), n.titleEn(), outbox.portal() + (n.link() == null ? "/console" : n.link()));
                chain = chain.call(() -> outbox.mail(cipher.decrypt((String) r[1]), mail, "notice:" + key + ":" + r[0]));
            }
            return chain;
        });
    }

    /**
     * Remembers who a member of staff is and where to reach them (their token's name and address, either may be
     * missing), in a transaction of its own.
     */
    public Uni<Void> rememberContact(String username, String email, String name, String department, Set<String> roles) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery("insert into staff_contact (username, email, "
                        + "display_name, department_code, roles, updated_at) values (:u, :e, :n, :d, :r, :at) on conflict (username) do update set "
                        + "email = excluded.email, display_name = excluded.display_name, department_code = excluded.department_code, "
                        + "roles = excluded.roles, updated_at = excluded.updated_at")
                .setParameter("u", username).setParameter("e", email == null ? null : cipher.encrypt(email))
                .setParameter("n", name == null ? null : cipher.encrypt(name)).setParameter("d", department)
                .setParameter("r", "," + String.join(",", roles) + ",").setParameter("at", time.now()).executeUpdate())).replaceWithVoid();
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    /**
     * The reminders the sweep marked since yesterday, announced to the obligation's department (once each). Runs inside
     * the sweep's transaction.
     */
    /** From this share of an hour clock on, its reminders also reach the leaders (舆情: at 80 %). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.obligations.escalate-percent", defaultValue = "80")
    int escalatePercent;

    public Uni<Integer> fromReminders(LocalDate today) {
        String sql = "insert into notification (kind, recipient_department, title_zh, title_en, link, subject_type, subject_id, dedupe_key, created_at) "
                + "select case r.kind when 'DUE_SOON' then 'DUE_SOON' when 'OVERDUE' then 'OVERDUE' else 'HOUR_REMINDER' end, o.department_code, "
                + "  case r.kind when 'DUE_SOON' then '即将到期：' when 'OVERDUE' then '已逾期：' else '时限过半提醒：' end || o.title "
                + "    || '（' || case when o.kind = 'HOURS' then to_char(o.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') "
                + "                    else to_char(o.due_date, 'YYYY-MM-DD') end || '）', "
                + "  case r.kind when 'DUE_SOON' then 'Due soon: ' when 'OVERDUE' then 'Overdue: ' else 'Time running out: ' end || o.title "
                + "    || ' (' || case when o.kind = 'HOURS' then to_char(o.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') "
                + "                    else to_char(o.due_date, 'YYYY-MM-DD') end || ')', "
                + "  '/console/obligations', 'obligation', cast(o.id as text), 'reminder:' || r.id, :now "
                + "from obligation_reminder r join obligation o on o.id = r.obligation_id "
                + "where r.marked_on >= :since and o.state = 'OPEN' on conflict (dedupe_key) do nothing";
        // an hour clock (舆情, issue 11) also reaches the office at each reminder, and the leaders from 80 % on (escalation)
        String escalate = "insert into notification (kind, recipient_role, title_zh, title_en, link, subject_type, subject_id, dedupe_key, created_at) "
                + "select 'HOUR_REMINDER', x.role, case r.kind when 'OVERDUE' then '已超时：' else '时限提醒：' end || o.title "
                + "    || '（' || to_char(o.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || '）', "
                + "  case r.kind when 'OVERDUE' then 'Ran out: ' else 'Time running out: ' end || o.title "
                + "    || ' (' || to_char(o.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ')', "
                + "  '/console/obligations', 'obligation', cast(o.id as text), x.role || ':reminder:' || r.id, :now "
                + "from obligation_reminder r join obligation o on o.id = r.obligation_id "
                + "cross join (values ('office'), ('leader')) as x(role) "
                + "where r.marked_on >= :since and o.state = 'OPEN' and o.kind = 'HOURS' "
                + "and (x.role = 'office' or r.kind = 'OVERDUE' or (r.kind like 'AT\\_%' and cast(substring(r.kind from 4) as int) >= :escalate)) "
                + "on conflict (dedupe_key) do nothing";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql).setParameter("now", time.now())
                .setParameter("since", today.minusDays(1)).executeUpdate()
                .flatMap(n -> s.createNativeQuery(escalate).setParameter("now", time.now()).setParameter("since", today.minusDays(1))
                        .setParameter("escalate", escalatePercent)
                        .executeUpdate().map(m -> n + m)));
    }

    private static final String VISIBLE = "(n.recipient_user = :u "
            + "or (n.recipient_user is null and n.recipient_department = :d and (n.recipient_role is null or n.recipient_role in (:roles))) "
            + "or (n.recipient_user is null and n.recipient_department is null and n.recipient_role in (:roles)))";

    private static List<String> roles(Reader r) {
        List<String> out = new ArrayList<>(r.roles());
        out.add("-");
        return out;
    }

    @WithSession
    public Uni<Page<Row>> mine(Reader reader, boolean unreadOnly, int page, int size) {
        String from = " from notification n left join notification_read x on x.notification_id = n.id and x.username = :u where " + VISIBLE
                + (unreadOnly ? " and x.notification_id is null" : "");
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select count(*)" + from, Long.class)
                .setParameter("u", reader.username()).setParameter("d", reader.department() == null ? "-" : reader.department())
                .setParameter("roles", roles(reader)).getSingleResult()
                .flatMap(total -> s.createNativeQuery("select n.id, n.kind, n.title_zh, n.title_en, n.link, n.subject_type, n.subject_id, "
                                + "n.created_at, x.notification_id is not null" + from + " order by n.created_at desc, n.id desc", Object[].class)
                        .setParameter("u", reader.username()).setParameter("d", reader.department() == null ? "-" : reader.department())
                        .setParameter("roles", roles(reader)).setFirstResult(page * size).setMaxResults(size).getResultList()
                        .map(rows -> new Page<>(rows.stream().map(NotificationService::row).toList(), page, size, total, (int) ((total + size - 1) / size)))));
    }

    private static Row row(Object[] r) {
        Object at = r[7];
        Instant created = at instanceof Instant i ? i : at instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                created, Boolean.TRUE.equals(r[8]));
    }

    @WithSession
    public Uni<Long> unread(Reader reader) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select count(*) from notification n left join notification_read x "
                        + "on x.notification_id = n.id and x.username = :u where " + VISIBLE + " and x.notification_id is null", Long.class)
                .setParameter("u", reader.username()).setParameter("d", reader.department() == null ? "-" : reader.department())
                .setParameter("roles", roles(reader)).getSingleResult());
    }

    /** Marks one as read; a 404 for a notification the reader may not see. */
    @WithTransaction
    public Uni<Void> read(Reader reader, long id) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into notification_read (notification_id, username, read_at) "
                        + "select n.id, :u, :at from notification n where n.id = :id and " + VISIBLE + " on conflict do nothing")
                .setParameter("u", reader.username()).setParameter("d", reader.department() == null ? "-" : reader.department())
                .setParameter("roles", roles(reader)).setParameter("at", time.now()).setParameter("id", id).executeUpdate()
                .flatMap(n -> n > 0 ? Uni.createFrom().voidItem() : s.createNativeQuery("select count(*) from notification_read where notification_id = :id "
                        + "and username = :u", Long.class).setParameter("id", id).setParameter("u", reader.username()).getSingleResult()
                        .invoke(c -> {
                            if (c == 0) throw ProblemException.notFound("notification", id);
                        }).replaceWithVoid()));
    }

    /** Marks everything the reader sees as read. */
    @WithTransaction
    public Uni<Integer> readAll(Reader reader) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into notification_read (notification_id, username, read_at) "
                        + "select n.id, :u, :at from notification n where " + VISIBLE + " on conflict do nothing")
                .setParameter("u", reader.username()).setParameter("d", reader.department() == null ? "-" : reader.department())
                .setParameter("roles", roles(reader)).setParameter("at", time.now()).executeUpdate());
    }
}
