package org.gongkai.calendar.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.HolidayFile;
import org.gongkai.calendar.HolidayTable;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.repository.CalendarRepository;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;

/**
 * The calendar as the rest of the product sees it: {@link #calendar()} gives a {@link WorkingDayCalendar} over the
 * loaded years. The table is small (a few hundred rows), read from the database and kept for a short while; an
 * import on this copy refreshes it at once, other copies within {@link #CACHE_MILLIS}.
 */
@ApplicationScoped
public class CalendarService {
    public static final int FIRST_BUNDLED_YEAR = 2018;
    public static final int LAST_BUNDLED_YEAR = 2026;
    static final long CACHE_MILLIS = 30_000;

    @Inject
    CalendarRepository repository;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper mapper;

    private record Cached(WorkingDayCalendar calendar, long loadedAtMillis) {}

    private final AtomicReference<Cached> cache = new AtomicReference<>();

    @WithSession
    public Uni<WorkingDayCalendar> calendar() {
        Cached c = cache.get();
        if (c != null && System.currentTimeMillis() - c.loadedAtMillis < CACHE_MILLIS) {
            return Uni.createFrom().item(c.calendar);
        }
        return reload();
    }

    @WithSession
    public Uni<WorkingDayCalendar> reload() {
        return repository.years().flatMap(years -> repository.allDays().map(days -> {
            Set<Integer> loaded = new HashSet<>();
            years.forEach(y -> loaded.add(y.year));
            Map<LocalDate, HolidayTable.Listed> listed = new HashMap<>();
            // days are ordered by source year: the newer notice wins for a date listed twice
            for (CalendarDay d : days) listed.put(d.day, new HolidayTable.Listed(d.day, d.name, d.offDay));
            WorkingDayCalendar cal = new WorkingDayCalendar(new HolidayTable(listed, loaded));
            cache.set(new Cached(cal, System.currentTimeMillis()));
            return cal;
        }));
    }

    public void invalidate() {
        cache.set(null);
    }

    @WithSession
    public Uni<List<CalendarYear>> years() {
        return repository.years();
    }

    /** Imports (or replaces) one year's list; an audit event records who loaded what. */
    @WithTransaction
    public Uni<CalendarYear> importYear(HolidayFile file, String source, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < file.days().size(); i++) {
            HolidayFile.Day d = file.days().get(i);
            try {
                LocalDate date = LocalDate.parse(d.date());
                if (Math.abs(date.getYear() - file.year()) > 1) {
                    errors.add(new FieldError("days[" + i + "].date", "is not in " + file.year() + " or a neighbouring year"));
                } else if (!seen.add(date)) {
                    errors.add(new FieldError("days[" + i + "].date", "is listed twice"));
                }
                CalendarDay cd = new CalendarDay();
                cd.sourceYear = file.year();
                cd.day = date;
                cd.name = d.name();
                cd.offDay = d.isOffDay();
                days.add(cd);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("days[" + i + "].date", "is not a valid date"));
            }
        }
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return repository.findById(file.year()).flatMap(existing -> {
            Object before = existing == null ? null : summary(existing);
            Uni<Void> clear = existing == null ? Uni.createFrom().voidItem()
                    : repository.deleteDaysOf(file.year()).replaceWithVoid();
            CalendarYear y = existing == null ? new CalendarYear() : existing;
            y.year = file.year();
            y.source = source;
            y.papers = file.papers() == null ? "" : String.join("\n", file.papers());
            y.offDays = (int) days.stream().filter(d -> d.offDay).count();
            y.makeupDays = days.size() - y.offDays;
            y.loadedAt = time.now();
            y.loadedBy = actor.username();
            return clear
                    .flatMap(x -> existing == null ? repository.persist(y) : Uni.createFrom().item(y))
                    .call(() -> repository.flush())
                    .call(() -> repository.persistDays(days))
                    .call(() -> audit.record(actor, existing == null ? "calendar.year.loaded" : "calendar.year.replaced",
                            "calendar_year", y.year, before, summary(y)))
                    .call(() -> {
                        invalidate();
                        return reload().flatMap(cal -> tell(listeners.stream().toList(), 0, y.year, cal, actor));
                    });
        }).invoke(this::invalidate);
    }

    @Inject
    jakarta.enterprise.inject.Instance<org.gongkai.calendar.CalendarListener> listeners;

    private Uni<Void> tell(List<org.gongkai.calendar.CalendarListener> all, int i, int year, WorkingDayCalendar cal, Actor actor) {
        if (i >= all.size()) return Uni.createFrom().voidItem();
        return all.get(i).calendarChanged(year, cal, actor).flatMap(n -> tell(all, i + 1, year, cal, actor));
    }

    private static Map<String, Object> summary(CalendarYear y) {
        return Map.of("year", y.year, "source", y.source, "offDays", y.offDays, "makeupDays", y.makeupDays);
    }

    /** The years shipped inside the product (resources/holiday-cn). */
    public HolidayFile bundled(int year) {
        try (InputStream in = getClass().getResourceAsStream("/holiday-cn/" + year + ".json")) {
            if (in == null) return null;
            return mapper.readValue(in, HolidayFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("bundled calendar " + year + " is unreadable", e);
        }
    }
}
