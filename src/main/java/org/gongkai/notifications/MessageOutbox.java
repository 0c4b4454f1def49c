package org.gongkai.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.worker.Workers;
import org.jboss.logging.Logger;

/**
 * Messages to people through a transactional outbox: a workflow queues e-mail, text messages and WeChat subscription
 * messages in its own transaction (so nothing goes out for what was not committed, and nothing is lost while a gateway
 * is down); the sender hands due messages on every few seconds and retries with a growing pause. Addresses are
 * encrypted at rest and never logged. E-mail is off unless {@code gongkai.mail.enabled} (a bureau sets its SMTP server
 * first); text and WeChat go to their boundary beans (recording ones by default).
 */
@ApplicationScoped
public class MessageOutbox {
    private static final Logger LOG = Logger.getLogger(MessageOutbox.class);
    static final int MAX_ATTEMPTS = 8;

    public enum Channel { MAIL, SMS, WECHAT }

    @Inject
    io.vertx.mutiny.core.Vertx vertx;
    @Inject
    SmsGateway sms;
    @Inject
    WeChatMessages wechat;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    TimeSource time;
    @Inject
    Workers workers;

    @ConfigProperty(name = "gongkai.mail.enabled", defaultValue = "false")
    boolean mailEnabled;
    @ConfigProperty(name = "gongkai.portal-url", defaultValue = "http://localhost:8080")
    String portal;
    @ConfigProperty(name = "gongkai.mail.host", defaultValue = "localhost")
    String smtpHost;
    @ConfigProperty(name = "gongkai.mail.port", defaultValue = "25")
    int smtpPort;
    @ConfigProperty(name = "gongkai.mail.from", defaultValue = "gongkai@localhost")
    String from;
    @ConfigProperty(name = "gongkai.mail.username")
    java.util.Optional<String> smtpUser;
    @ConfigProperty(name = "gongkai.mail.password")
    java.util.Optional<String> smtpPassword;
    /** DISABLED, OPTIONAL or REQUIRED (STARTTLS). */
    @ConfigProperty(name = "gongkai.mail.start-tls", defaultValue = "OPTIONAL")
    String startTls;

    private volatile io.vertx.mutiny.ext.mail.MailClient client;

    /** The SMTP client, made on first use from the settings (the Vert.x mail client, pooled connections). */
    io.vertx.mutiny.ext.mail.MailClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    var config = new io.vertx.ext.mail.MailConfig().setHostname(smtpHost).setPort(smtpPort)
                            .setStarttls(io.vertx.ext.mail.StartTLSOptions.valueOf(startTls));
                    smtpUser.ifPresent(u -> config.setUsername(u).setLogin(io.vertx.ext.mail.LoginOption.REQUIRED));
                    smtpPassword.ifPresent(config::setPassword);
                    client = io.vertx.mutiny.ext.mail.MailClient.createShared(vertx, config, "gongkai-mail");
                }
            }
        }
        return client;
    }

    public String portal() {
        return portal;
    }

    public Uni<Void> mail(String to, MailTemplates.Mail mail, String purpose) {
        if (!mailEnabled) return Uni.createFrom().voidItem();
        return queue(Channel.MAIL, to, mail.subject(), mail.body(), purpose);
    }

    public Uni<Void> sms(String mobile, String text, String purpose) {
        return queue(Channel.SMS, mobile, "", text, purpose);
    }

    /** A WeChat subscription message: the template id and its data (a flat JSON object). */
    public Uni<Void> wechat(String account, String template, Map<String, String> data, String purpose) {
        return queue(Channel.WECHAT, account, template, new io.vertx.core.json.JsonObject(new LinkedHashMap<>(data)).encode(), purpose);
    }

    /** Queues a message in the caller's transaction, once per channel and purpose; nothing without an address. */
    Uni<Void> queue(Channel channel, String to, String subject, String body, String purpose) {
        if (to == null || to.isBlank()) return Uni.createFrom().voidItem();
        Instant now = time.now();
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into message_outbox (channel, to_address, subject, body, purpose, "
                        + "created_at, next_attempt_at) values (:ch, :to, :subject, :body, :purpose, :now, :now) on conflict (purpose) do nothing")
                .setParameter("ch", channel.name()).setParameter("to", cipher.encrypt(to.trim())).setParameter("subject", subject)
                .setParameter("body", body).setParameter("purpose", channel.name().toLowerCase() + ":" + purpose).setParameter("now", now)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Each department with a mailbox gets one digest a day of the reminders marked for it (inside the sweep's
     * transaction); how many digests were queued.
     */
    public Uni<Integer> departmentDigests(LocalDate today) {
        if (!mailEnabled) return Uni.createFrom().item(0);
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select d.code, d.name_zh, d.email, r.kind, o.title, "
                        + "case when o.kind = 'HOURS' then to_char(o.due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') "
                        + "else to_char(o.due_date, 'YYYY-MM-DD') end "
                        + "from obligation_reminder r join obligation o on o.id = r.obligation_id join department d on d.code = o.department_code "
                        + "where r.marked_on = :today and o.state = 'OPEN' and d.email is not null order by d.code, o.due_date, o.id", Object[].class)
                .setParameter("today", today).getResultList()).flatMap(rows -> {
                    Map<String, List<Object[]>> byDept = new LinkedHashMap<>();
                    for (Object[] r : rows) byDept.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (var e : byDept.entrySet()) {
                        Object[] first = e.getValue().get(0);
                        List<MailTemplates.DigestLine> lines = e.getValue().stream()
                                .map(r -> new MailTemplates.DigestLine((String) r[3], (String) r[4], (String) r[5])).toList();
                        var mail = MailTemplates.departmentDigest((String) first[1], today.toString(), lines, portal);
                        chain = chain.flatMap(n -> mail((String) first[2], mail, "digest:" + e.getKey() + ":" + today).map(x -> n + 1));
                    }
                    return chain;
                });
    }

    @Scheduled(every = "{gongkai.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "5s")
    Uni<Void> scheduled() {
        return sendDue().onFailure().invoke(e -> LOG.warnf("message sending failed, retried later: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    record Claimed(long id, Channel channel, String to, String subject, String body, int attempts) {}

    /**
     * Claims due messages (pushing their next attempt back, so another copy does not take them too), sends each outside
     * any transaction, then records the result; how many were sent.
     */
    public Uni<Integer> sendDue() {
        Instant now = time.now();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery("update message_outbox set attempts = attempts + 1, "
                        + "next_attempt_at = :later where id in (select id from message_outbox where sent_at is null and attempts < :max "
                        + "and next_attempt_at <= :now order by id limit 20 for update skip locked) "
                        + "returning id, channel, to_address, subject, body, attempts", Object[].class)
                .setParameter("later", now.plus(Duration.ofMinutes(5))).setParameter("now", now).setParameter("max", MAX_ATTEMPTS)
                .getResultList()))
                .map(rows -> rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), Channel.valueOf((String) r[1]), (String) r[2],
                        (String) r[3], (String) r[4], ((Number) r[5]).intValue())).toList())
                .flatMap(claimed -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (Claimed c : claimed) chain = chain.flatMap(n -> sendOne(c).map(ok -> n + (ok ? 1 : 0)));
                    return chain;
                });
    }

    private Uni<Void> deliver(Claimed c) {
        String to = cipher.decrypt(c.to());
        return switch (c.channel()) {
            case MAIL -> client().sendMail(new io.vertx.ext.mail.MailMessage().setFrom(from).setTo(to).setSubject(c.subject())
                    .setText(c.body())).replaceWithVoid();
            // the gateways are plain calls that may block (HTTP to the city's platform): on a worker
            case SMS -> workers.run(() -> {
                sms.send(to, c.body());
                return null;
            }).replaceWithVoid();
            case WECHAT -> workers.run(() -> {
                Map<String, String> data = new LinkedHashMap<>();
                new io.vertx.core.json.JsonObject(c.body()).forEach(e -> data.put(e.getKey(), String.valueOf(e.getValue())));
                wechat.send(to, c.subject(), data);
                return null;
            }).replaceWithVoid();
        };
    }

    private Uni<Boolean> sendOne(Claimed c) {
        return deliver(c)
                .flatMap(x -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s
                        .createNativeQuery("update message_outbox set sent_at = :now, last_error = null where id = :id")
                        .setParameter("now", time.now()).setParameter("id", c.id()).executeUpdate())).replaceWith(true))
                .onFailure().recoverWithUni(e -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s
                        .createNativeQuery("update message_outbox set last_error = :err, next_attempt_at = :next where id = :id")
                        // the error's class only: gateway replies can quote the address
                        .setParameter("err", e.getClass().getSimpleName()).setParameter("id", c.id())
                        .setParameter("next", time.now().plus(Duration.ofSeconds(30L << Math.min(c.attempts(), 10))))
                        .executeUpdate())).replaceWith(false));
    }
}
