package org.gongkai.compliance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CalendarListener;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.repository.ObligationRepository;

/**
 * When a year's calendar is loaded or replaced, every running clock whose counting touches that year (or whose
 * due date was provisional) is counted again from where it stands; each changed due date is an audit event
 * (issue 9). Paused clocks are counted again when they resume.
 */
@ApplicationScoped
public class ObligationRescheduler implements CalendarListener {
    @Inject
    ObligationRepository repository;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    @Override
    public Uni<Integer> calendarChanged(int year, WorkingDayCalendar calendar, Actor actor) {
        return repository.runningTouching(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .flatMap(list -> reschedule(list, 0, 0, calendar, actor, year));
    }

    private Uni<Integer> reschedule(List<Obligation> list, int i, int changed, WorkingDayCalendar cal, Actor actor, int year) {
        if (i >= list.size()) return repository.flush().replaceWith(changed);
        Obligation o = list.get(i);
        LocalDate oldDue = o.dueDate;
        boolean oldProvisional = o.provisional;
        Map<String, Object> before = ObligationService.snapshot(o);
        ObligationService.schedule(cal, o);
        if (o.dueDate.equals(oldDue) && o.provisional == oldProvisional) return reschedule(list, i + 1, changed, cal, actor, year);
        o.updatedAt = time.now();
        Map<String, Object> after = new java.util.LinkedHashMap<>(ObligationService.snapshot(o));
        after.put("provisional", o.provisional);
        after.put("because", "calendar " + year + " loaded");
        return audit.record(actor, "obligation.rescheduled", "obligation", o.id, before, after)
                .flatMap(x -> reschedule(list, i + 1, changed + 1, cal, actor, year));
    }
}
