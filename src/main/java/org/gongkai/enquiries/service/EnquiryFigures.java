package org.gongkai.enquiries.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.gongkai.enquiries.repository.EnquiryRepository;
import org.gongkai.enquiries.rest.EnquiryViews;

/**
 * The public monthly figures (R21–R23): one aggregate query per year, kept for a minute so that an anonymous
 * flood of calls costs nothing (issue 9); a submission or an answer on this copy of the application forgets the
 * year at once, other copies within the minute.
 */
@ApplicationScoped
public class EnquiryFigures {
    static final long KEEP_SECONDS = 60;
    private record Kept(Instant at, List<EnquiryViews.Month> months) {}
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    EnquiryRepository repository;

    @WithSession
    public Uni<List<EnquiryViews.Month>> of(int year) {
        Kept k = kept.get(year);
        if (k != null && k.at().isAfter(Instant.now().minusSeconds(KEEP_SECONDS))) return Uni.createFrom().item(k.months());
        LocalDate from = LocalDate.of(year, 1, 1);
        return repository.figures(from, from.plusYears(1)).map(rows -> {
            List<EnquiryViews.Month> months = rows.stream().map(r -> new EnquiryViews.Month(year, r.month(), r.received(), r.answered(),
                    r.averageWorkingDays() == null ? null : Math.round(r.averageWorkingDays() * 10) / 10.0,
                    r.judged() == 0 ? null : Math.round(1000.0 * r.onTime() / r.judged()) / 1000.0)).toList();
            kept.put(year, new Kept(Instant.now(), months));
            return months;
        });
    }

    /** Something in this year changed. */
    public void changed(LocalDate day) {
        if (day != null) kept.remove(day.getYear());
    }
}
