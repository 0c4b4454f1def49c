package org.gongkai.calendar.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarYear;

@ApplicationScoped
@WithSession
public class CalendarRepository implements PanacheRepositoryBase<CalendarYear, Integer> {

    public Uni<List<CalendarYear>> years() {
        return listAll(Sort.by("year"));
    }

    public Uni<List<CalendarDay>> allDays() {
        return getSession().flatMap(s -> s.createQuery("from CalendarDay order by sourceYear, day", CalendarDay.class)
                .getResultList());
    }

    public Uni<Integer> deleteDaysOf(int year) {
        return getSession().flatMap(s -> s.createMutationQuery("delete from CalendarDay where sourceYear = :y")
                .setParameter("y", year).executeUpdate());
    }

    public Uni<Void> persistDays(List<CalendarDay> days) {
        return getSession().flatMap(s -> s.persistAll(days.toArray()));
    }
}
