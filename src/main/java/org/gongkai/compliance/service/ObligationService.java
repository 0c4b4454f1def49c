package org.gongkai.compliance.service;

import static org.gongkai.common.error.Validation.blank;
import static org.gongkai.common.error.Validation.requireText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationKind;
import org.gongkai.compliance.ObligationPause;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.ObligationState.Action;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.repository.ObligationRepository;
import org.gongkai.organisation.repository.DepartmentRepository;

/**
 * The ledger's use cases. Each action validates, checks the transition table, moves the clock through the
 * working-day calendar and records an audit event, in one transaction.
 */
@ApplicationScoped
public class ObligationService {

    /** What a feature says when a clock starts. */
    public record OpenCommand(String subjectType, String subjectId, String ruleId, String title, String departmentCode,
                              String responsiblePerson, LocalDate start, int days, CountUnit unit, boolean countStartDay) {}

    /** What a feature says when an hour clock starts (issue 10: 舆情 48 hours, a press conference within 24 hours). */
    public record OpenHours(String subjectType, String subjectId, String ruleId, String title, String departmentCode,
                            String responsiblePerson, java.time.Instant startedAt, int hours) {}

    /** Filters of the ledger's queries; null means "any". */
    public record Query(String departmentCode, String ruleId, ObligationStatus status, LocalDate dueFrom, LocalDate dueTo,
                        String subjectType, String subjectId, org.gongkai.compliance.ObligationKind kind) {
        public Query(String departmentCode, String ruleId, ObligationStatus status, LocalDate dueFrom, LocalDate dueTo,
                     String subjectType, String subjectId) {
            this(departmentCode, ruleId, status, dueFrom, dueTo, subjectType, subjectId, null);
        }
    }

    @Inject
    ObligationRepository repository;
    @Inject
    DepartmentRepository departments;
    @Inject
    CalendarService calendars;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    @ConfigProperty(name = "gongkai.obligations.due-soon-working-days", defaultValue = "3")
    int dueSoonWorkingDays;
    /** Reminders of an hour clock at these shares of its time; the first one starts "due soon" (issue 10). */
    @ConfigProperty(name = "gongkai.obligations.hour-reminder-percents", defaultValue = "50,80")
    List<Integer> hourReminderPercents;
    @Inject
    jakarta.enterprise.inject.Instance<org.gongkai.compliance.ClockOwner> owners;

    /** The feature owning clocks about this subject type, if any. */
    public java.util.Optional<org.gongkai.compliance.ClockOwner> ownerOf(String subjectType) {
        return owners.stream().filter(c -> c.subjectTypes().contains(subjectType)).findFirst();
    }

    /**
     * For the ledger's generic actions: the obligation, if no feature owns it. A feature's clock (OGI-33, R17,
     * R22 …) moves only through that feature's workflow, which applies the law's limits (issue 9).
     */
    @WithSession
    public Uni<Obligation> manual(long id, String action) {
        return repository.findById(id).map(o -> {
            if (o == null) throw ProblemException.notFound("obligation", id);
            ownerOf(o.subjectType).ifPresent(owner -> {
                throw new ProblemException(409, "owned-clock", "Clock owned by a workflow",
                        "cannot " + action + " obligation " + id + " here: its clock (" + o.ruleId + ") belongs to " + owner.feature()
                                + " and moves only through that workflow's own actions", null);
            });
            return o;
        });
    }

    /** A day given for an event: not in the future, not before the clock's last recorded event (no back-dating). */
    private LocalDate eventDay(Obligation o, LocalDate on, String field) {
        LocalDate today = time.today();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) throw ProblemException.badField(field, "is in the future (today is " + today + ")");
        LocalDate last = lastEvent(o);
        if (day.isBefore(last)) throw ProblemException.badField(field, "is before the clock's last recorded event on " + last);
        return day;
    }

    /** The day of the clock's last recorded event: its start, or its last pause or resumption. */
    static LocalDate lastEvent(Obligation o) {
        return o.baseDate != null && o.baseDate.isAfter(o.startDate) ? o.baseDate : o.startDate;
    }

    @WithTransaction
    public Uni<Obligation> open(OpenCommand c, Actor actor) {
        return open(c, ObligationKind.DEADLINE, actor);
    }

    /**
     * A clock due on a day the feature names (a 督办 task, a rectification): calendar days from today; a day off moves
     * it to the next working day, so the caller keeps the ledger's {@code dueDate} as its own.
     */
    public Uni<Obligation> openDueOn(String subjectType, String subjectId, String ruleId, String title, String departmentCode, LocalDate dueOn, Actor actor) {
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(time.today(), dueOn);
        return open(new OpenCommand(subjectType, subjectId, ruleId, title, departmentCode, null, time.today(), days, org.gongkai.calendar.CountUnit.CALENDAR, false), actor);
    }

    /**
     * A minimum duration (issue 10; a comment period of at least 15 days, R30): calendar days, never moved to a working
     * day; never overdue; ending it before it has run is {@link ObligationStatus#CUT_SHORT}.
     */
    @WithTransaction
    public Uni<Obligation> openMinimum(OpenCommand c, Actor actor) {
        if (c.unit() != CountUnit.CALENDAR) throw ProblemException.badField("unit", "a minimum duration counts calendar days (CALENDAR)");
        return open(c, ObligationKind.MINIMUM, actor);
    }

    /** What every clock names: its subject, rule, title and department (the fields and their limits, once). */
    private static List<FieldError> whatAndWho(String subjectType, String subjectId, String ruleId, String title, String departmentCode) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(subjectType) || subjectType.length() > 64) errors.add(new FieldError("subjectType", "is required, at most 64 characters"));
        if (blank(subjectId) || subjectId.length() > 64) errors.add(new FieldError("subjectId", "is required, at most 64 characters"));
        if (blank(ruleId) || ruleId.length() > 16) errors.add(new FieldError("ruleId", "is required, at most 16 characters"));
        if (blank(title) || title.length() > 300) errors.add(new FieldError("title", "is required, at most 300 characters"));
        if (blank(departmentCode)) errors.add(new FieldError("departmentCode", "is required"));
        return errors;
    }

    /** A new obligation naming what and who; the department must exist. */
    private Uni<Obligation> started(String subjectType, String subjectId, String ruleId, String title, String departmentCode, String responsible) {
        return departments.byCode(departmentCode).map(d -> {
            if (d == null) throw ProblemException.badField("departmentCode", "no department " + departmentCode);
            Obligation o = new Obligation();
            o.subjectType = subjectType;
            o.subjectId = subjectId;
            o.ruleId = ruleId;
            o.title = title;
            o.departmentCode = departmentCode;
            o.responsiblePerson = responsible;
            o.state = ObligationState.OPEN;
            o.createdAt = time.now();
            o.updatedAt = o.createdAt;
            return o;
        });
    }

    private Uni<Obligation> open(OpenCommand c, ObligationKind kind, Actor actor) {
        List<FieldError> errors = whatAndWho(c.subjectType(), c.subjectId(), c.ruleId(), c.title(), c.departmentCode());
        if (c.start() == null) errors.add(new FieldError("start", "is required"));
        if (c.days() < 1 || c.days() > WorkingDayCalendar.MAX_DAYS) errors.add(new FieldError("days", "must be between 1 and 366"));
        if (c.unit() == null) errors.add(new FieldError("unit", "is required"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return started(c.subjectType(), c.subjectId(), c.ruleId(), c.title(), c.departmentCode(), c.responsiblePerson())
                .flatMap(o -> calendars.calendar().flatMap(cal -> {
                    o.startDate = c.start();
                    o.days = c.days();
                    o.unit = c.unit();
                    o.countStartDay = c.countStartDay();
                    o.kind = kind;
                    o.baseDate = c.countStartDay() ? c.start().minusDays(1) : c.start();
                    o.usedDays = 0;
                    schedule(cal, o);
                    return opened(o, actor);
                }));
    }

    private Uni<Obligation> opened(Obligation o, Actor actor) {
        return repository.persist(o).call(repository::flush)
                .call(saved -> audit.record(actor, "obligation.opened", "obligation", saved.id, null, snapshot(saved)));
    }

    /**
     * An hour clock (issue 10): due {@code hours} calendar hours after it started (weekends and nights count), "due
     * soon" from the first reminder share on. The start may not lie in the future.
     */
    @WithTransaction
    public Uni<Obligation> openHours(OpenHours c, Actor actor) {
        List<FieldError> errors = whatAndWho(c.subjectType(), c.subjectId(), c.ruleId(), c.title(), c.departmentCode());
        if (c.hours() < 1 || c.hours() > 8784) errors.add(new FieldError("hours", "must be between 1 and 8784"));
        java.time.Instant now = time.now();
        java.time.Instant start = c.startedAt() == null ? now : c.startedAt();
        if (start.isAfter(now)) errors.add(new FieldError("startedAt", "is in the future"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return started(c.subjectType(), c.subjectId(), c.ruleId(), c.title(), c.departmentCode(), c.responsiblePerson()).flatMap(o -> {
            o.kind = ObligationKind.HOURS;
            o.hours = c.hours();
            o.startedAt = start;
            o.dueAt = start.plus(java.time.Duration.ofHours(c.hours()));
            o.soonAt = start.plus(java.time.Duration.ofMinutes(c.hours() * 60L * firstReminderPercent() / 100));
            o.startDate = start.atZone(org.gongkai.common.time.TimeSource.ZONE).toLocalDate();
            o.baseDate = o.startDate;
            o.dueDate = o.dueAt.atZone(org.gongkai.common.time.TimeSource.ZONE).toLocalDate();
            return opened(o, actor);
        });
    }

    /** The reminder shares of an hour clock, in order (setting {@code gongkai.obligations.hour-reminder-percents}). */
    public List<Integer> hourReminderPercents() {
        return hourReminderPercents.stream().filter(p -> p > 0 && p < 100).sorted().toList();
    }

    int firstReminderPercent() {
        List<Integer> p = hourReminderPercents();
        return p.isEmpty() ? 80 : p.get(0);
    }

    /** Stops the clock (correction request, third-party opinion, unpaid fee): days after {@code on} do not count. */
    @WithTransaction
    public Uni<Obligation> pause(long id, LocalDate on, String reason, Actor actor) {
        requireReason(reason);
        return act(id, Action.PAUSE, actor, (cal, o) -> {
            onlyDeadlines(o, "paused");
            LocalDate day = eventDay(o, on, "on");
            o.usedDays += spent(cal, o, day);
            o.baseDate = day;
            ObligationPause p = new ObligationPause();
            p.obligationId = o.id;
            p.pausedOn = day;
            p.reason = reason;
            p.usedDays = o.usedDays;
            return repository.persistPause(p);
        });
    }

    /** Starts the clock again: the remaining days count from the day after {@code on}. */
    @WithTransaction
    public Uni<Obligation> resume(long id, LocalDate on, Actor actor) {
        return act(id, Action.RESUME, actor, (cal, o) -> {
            LocalDate day = eventDay(o, on, "on");
            LocalDate oldDue = o.dueDate;
            o.baseDate = day;
            schedule(cal, o);
            return repository.openPause(o.id).invoke(p -> {
                if (p != null) {
                    p.resumedOn = day;
                    p.addedDays = o.unit == CountUnit.WORKING ? cal.workingDaysAfter(oldDue, o.dueDate)
                            : (int) ChronoUnit.DAYS.between(oldDue, o.dueDate);
                }
            });
        });
    }

    /** Adds days to the period (an approved extension, Art. 33). */
    @WithTransaction
    public Uni<Obligation> extend(long id, int extraDays, String reason, Actor actor) {
        requireReason(reason);
        if (extraDays < 1 || extraDays > WorkingDayCalendar.MAX_DAYS) throw ProblemException.badField("days", "must be between 1 and 366");
        return act(id, Action.EXTEND, actor, (cal, o) -> {
            onlyDeadlines(o, "extended");
            LocalDate today = time.today();
            if (row(cal, o, today, dueSoonLimit(cal, today), time.now()).status() == ObligationStatus.OVERDUE) {
                throw ProblemException.conflict("cannot extend obligation " + id + ": its period ran out on " + o.dueDate
                        + "; an extension is decided before the period ends");
            }
            if (o.days + extraDays > WorkingDayCalendar.MAX_DAYS) throw ProblemException.badField("days", "the period would exceed 366 days");
            o.days += extraDays;
            schedule(cal, o);
            return Uni.createFrom().voidItem();
        });
    }

    /** Starts the whole period again from a new start (Art. 30: the corrected application arrives). */
    @WithTransaction
    public Uni<Obligation> restart(long id, LocalDate newStart, String reason, Actor actor) {
        requireReason(reason);
        if (newStart == null) throw ProblemException.badField("start", "is required");
        return act(id, Action.RESTART, actor, (cal, o) -> {
            onlyDeadlines(o, "restarted");
            eventDay(o, newStart, "start");
            return repository.openPause(o.id).invoke(p -> {
                if (p != null) p.resumedOn = newStart;
                o.startDate = newStart;
                o.baseDate = o.countStartDay ? newStart.minusDays(1) : newStart;
                o.usedDays = 0;
                schedule(cal, o);
            }).replaceWithVoid();
        });
    }

    /**
     * The day the period counts from was recorded wrongly and is corrected (an item's date of creation, R8): the
     * whole period counts from the corrected day. Not in the future; the change is an audit event like any other.
     */
    @WithTransaction
    public Uni<Obligation> rebase(long id, LocalDate newStart, String reason, Actor actor) {
        requireReason(reason);
        if (newStart == null) throw ProblemException.badField("start", "is required");
        if (newStart.isAfter(time.today())) throw ProblemException.badField("createdDate", "is in the future");
        return act(id, Action.RESTART, actor, (cal, o) -> {
            if (o.kind != ObligationKind.DEADLINE && o.kind != ObligationKind.MINIMUM) onlyDeadlines(o, "rebased");
            o.startDate = newStart;
            o.baseDate = o.countStartDay ? newStart.minusDays(1) : newStart;
            o.usedDays = 0;
            schedule(cal, o);
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * A clock that has not started yet (it counts from a day to come: an adoption report from the close of its
     * consultation, R30; a meeting's materials from its last day, R31) starts on another day, today or to come, when
     * that day moves (the consultation is extended, the meeting moved).
     */
    @WithTransaction
    public Uni<Obligation> postpone(long id, LocalDate newStart, String reason, Actor actor) {
        requireReason(reason);
        if (newStart == null) throw ProblemException.badField("start", "is required");
        if (newStart.isBefore(time.today())) throw ProblemException.badField("start", "is in the past");
        return act(id, Action.RESTART, actor, (cal, o) -> {
            if (o.kind != ObligationKind.DEADLINE && o.kind != ObligationKind.MINIMUM) onlyDeadlines(o, "postponed");
            // counted from the day after its start: one starting today has not counted a day yet
            if (o.startDate.isBefore(time.today()) || (o.countStartDay && !o.startDate.isAfter(time.today()))) {
                throw ProblemException.conflict("obligation " + id + " has started already (" + o.startDate + "): it cannot be postponed");
            }
            o.startDate = newStart;
            o.baseDate = o.countStartDay ? newStart.minusDays(1) : newStart;
            o.usedDays = 0;
            schedule(cal, o);
            return Uni.createFrom().voidItem();
        });
    }

    @WithTransaction
    public Uni<Obligation> complete(long id, LocalDate on, Actor actor) {
        return complete(id, on, null, actor);
    }

    /**
     * Completes a clock on a day; an hour clock at an instant ({@code at}, now when omitted; not in the future, not
     * before it started). A quota is met by its events, never completed by hand.
     */
    @WithTransaction
    public Uni<Obligation> complete(long id, LocalDate on, java.time.Instant at, Actor actor) {
        return act(id, Action.COMPLETE, actor, (cal, o) -> {
            if (o.kind == ObligationKind.QUOTA) {
                throw ProblemException.conflict("obligation " + id + " is a quota (" + o.ruleId + "): it is met when its "
                        + o.required + " qualifying events are recorded, not completed by hand");
            }
            LocalDate day;
            if (o.kind == ObligationKind.HOURS) {
                java.time.Instant when = at == null ? time.now() : at;
                if (when.isAfter(time.now())) throw ProblemException.badField("at", "is in the future");
                if (when.isBefore(o.startedAt)) throw ProblemException.badField("at", "is before the clock started at " + o.startedAt);
                o.completedAt = when;
                day = when.atZone(org.gongkai.common.time.TimeSource.ZONE).toLocalDate();
            } else {
                day = eventDay(o, on, "on");
            }
            o.completedOn = day;
            return repository.openPause(o.id).invoke(p -> { if (p != null) p.resumedOn = day; }).replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Obligation> cancel(long id, String reason, Actor actor) {
        requireReason(reason);
        return act(id, Action.CANCEL, actor, (cal, o) -> {
            o.cancelReason = reason;
            return Uni.createFrom().voidItem();
        });
    }

    private interface Step {
        Uni<?> apply(WorkingDayCalendar cal, Obligation o);
    }

    /** Pausing, extending and restarting are for periods of days; an hour clock or a quota refuses them (409). */
    private static void onlyDeadlines(Obligation o, String verb) {
        if (o.kind != ObligationKind.DEADLINE) {
            throw new ProblemException(409, "clock-kind", "Not for this kind of clock",
                    "obligation " + o.id + " is a " + o.kind.name().toLowerCase().replace('_', ' ') + " clock (" + o.ruleId
                            + "): only a period of days can be " + verb, null);
        }
    }

    /** validate → transition → audit event, in the caller's transaction. */
    private Uni<Obligation> act(long id, Action action, Actor actor, Step step) {
        Uni<Obligation> found = repository.findById(id).invoke(o -> {
            if (o == null) throw ProblemException.notFound("obligation", id);
        });
        return new org.gongkai.audit.service.AuditedWorkflow<Obligation, Action>(audit, time, "obligation", o -> o.id, o -> o.state, (o, a) -> o.state.allows(a),
                ObligationState.TARGET::get, ObligationService::snapshot, (o, at) -> o.updatedAt = at).act(found, action, actor,
                o -> calendars.calendar().flatMap(cal -> step.apply(cal, o)).invoke(() -> o.state = ObligationState.TARGET.get(action)));
    }

    /** Days of the period spent after the base date up to and including {@code to}. */
    static int spent(WorkingDayCalendar cal, Obligation o, LocalDate to) {
        return o.unit == CountUnit.WORKING ? cal.workingDaysAfter(o.baseDate, to) : (int) ChronoUnit.DAYS.between(o.baseDate, to);
    }

    /** Sets the due date from the base date and the days that remain. */
    static void schedule(WorkingDayCalendar cal, Obligation o) {
        int remaining = o.days - o.usedDays;
        if (o.kind == ObligationKind.MINIMUM) {
            o.dueDate = cal.minimumDuration(o.baseDate, Math.max(remaining, 1), false).dueDate();
            o.provisional = false;
            return;
        }
        if (remaining <= 0) {
            o.dueDate = o.baseDate;
            o.provisional = cal.table().isProvisional(o.baseDate);
        } else {
            var due = cal.dueDate(o.baseDate, remaining, o.unit, false);
            o.dueDate = due.dueDate();
            o.provisional = due.provisional();
        }
    }

    static Map<String, Object> snapshot(Obligation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", o.state.name());
        m.put("kind", o.kind.name());
        m.put("ruleId", o.ruleId);
        m.put("departmentCode", o.departmentCode);
        m.put("startDate", String.valueOf(o.startDate));
        if (o.days != null) m.put("days", o.days);
        if (o.unit != null) m.put("unit", o.unit.name());
        m.put("dueDate", String.valueOf(o.dueDate));
        if (o.kind == ObligationKind.DEADLINE || o.kind == ObligationKind.MINIMUM) m.put("usedDays", o.usedDays);
        if (o.dueAt != null) m.put("dueAt", o.dueAt.toString());
        if (o.completedAt != null) m.put("completedAt", o.completedAt.toString());
        if (o.required != null) {
            m.put("required", o.required);
            m.put("achieved", o.achieved);
        }
        if (o.completedOn != null) m.put("completedOn", o.completedOn.toString());
        if (o.cancelReason != null) m.put("cancelReason", o.cancelReason);
        return m;
    }

    private static void requireReason(String reason) {
        requireText("reason", reason, 500);
    }


    // ------------------------------------------------------------------ queries

    /** The last day of the due-soon window: {@code dueSoonWorkingDays} working days from today. */
    public LocalDate dueSoonLimit(WorkingDayCalendar cal, LocalDate today) {
        return cal.dueDate(today, dueSoonWorkingDays, CountUnit.WORKING, false).dueDate();
    }

    /**
     * One obligation with what is derived when read: its status, working days left for a period of days (negative:
     * overdue), minutes left for an hour clock (negative: overdue).
     */
    public record Row(Obligation obligation, ObligationStatus status, Integer workingDaysLeft, Long minutesLeft) {
        public Row(Obligation obligation, ObligationStatus status, Integer workingDaysLeft) {
            this(obligation, status, workingDaysLeft, null);
        }
    }

    @WithSession
    public Uni<Page<Row>> find(Query q, PageRequest.Checked page) {
        LocalDate today = time.today();
        return calendars.calendar().flatMap(cal -> {
            LocalDate soon = dueSoonLimit(cal, today);
            java.time.Instant now = time.now();
            return repository.search(q, today, soon, now, page)
                    .map(p -> p.map(o -> row(cal, o, today, soon, now)));
        });
    }

    @WithSession
    public Uni<Map<ObligationStatus, Long>> summary(String departmentCode) {
        LocalDate today = time.today();
        return calendars.calendar().flatMap(cal -> repository.countByStatus(departmentCode, today, dueSoonLimit(cal, today), time.now()));
    }

    @WithSession
    public Uni<Row> get(long id) {
        LocalDate today = time.today();
        return repository.findById(id).flatMap(o -> {
            if (o == null) throw ProblemException.notFound("obligation", id);
            return calendars.calendar().map(cal -> row(cal, o, today, dueSoonLimit(cal, today), time.now()));
        });
    }

    @WithSession
    public Uni<List<ObligationPause>> pauses(long id) {
        return repository.pauses(id);
    }

    /** The obligations of many subjects of one type, with their derived status (one query for a page of a list). */
    @WithSession
    public Uni<List<Row>> rowsFor(String subjectType, java.util.Collection<String> subjectIds) {
        LocalDate today = time.today();
        return repository.forSubjects(subjectType, subjectIds).flatMap(list -> calendars.calendar()
                .map(cal -> list.stream().map(o -> row(cal, o, today, dueSoonLimit(cal, today), time.now())).toList()));
    }

    /** Subject ids of a type whose running clock under a rule ran out before today (what the sweeps act on). */
    @WithSession
    public Uni<List<String>> overdue(String subjectType, String ruleId) {
        LocalDate today = time.today();
        return calendars.calendar().flatMap(cal -> repository.subjectIds(subjectType, ruleId, ObligationStatus.OVERDUE, today,
                dueSoonLimit(cal, today), time.now()));
    }
    /** The running clock of a subject under a rule (the one a feature meets or cancels), or null when none runs. */
    public Uni<Obligation> running(String subjectType, String subjectId, String ruleId) {
        return forSubject(subjectType, subjectId)
                .map(list -> list.stream().filter(o -> ruleId.equals(o.ruleId) && o.state == ObligationState.OPEN).findFirst().orElse(null));
    }


    @WithSession
    public Uni<List<Obligation>> forSubject(String subjectType, String subjectId) {
        return repository.forSubject(subjectType, subjectId);
    }

    static Row row(WorkingDayCalendar cal, Obligation o, LocalDate today, LocalDate soon, java.time.Instant now) {
        ObligationStatus s = ObligationStatus.of(o, today, soon, now);
        Integer left = null;
        Long minutes = null;
        if (o.state == ObligationState.OPEN && o.kind == ObligationKind.HOURS) {
            minutes = java.time.Duration.between(now, o.dueAt).toMinutes();
        } else if (o.state == ObligationState.OPEN) {
            left = o.dueDate.isBefore(today) ? -cal.workingDaysAfter(o.dueDate, today) : cal.workingDaysAfter(today, o.dueDate);
        }
        return new Row(o, s, left, minutes);
    }
}
