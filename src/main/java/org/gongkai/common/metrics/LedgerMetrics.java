package org.gongkai.common.metrics;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.repository.ObligationRepository;

/**
 * What an operator watches besides HTTP and the pool (issue 18), at {@code /q/metrics}: the ledger's open, due-soon and
 * overdue obligations by rule (gauges refreshed from one grouped statement every {@code gongkai.metrics.ledger-every},
 * the same in every copy: take the max across copies, not the sum), the last sweep's time, and the submissions by kind
 * and channel (counters per copy: sum them). Nothing personal is ever a tag.
 */
@ApplicationScoped
public class LedgerMetrics {
    @Inject
    MeterRegistry registry;
    @Inject
    Pool pool;
    @Inject
    TimeSource time;

    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();
    private volatile boolean sweepGauge;

    /** A gauge per (state, rule), created the first time the rule has clocks and kept at 0 once it has none. */
    private AtomicLong gauge(String state, String rule) {
        return gauges.computeIfAbsent(state + "|" + rule, k -> {
            AtomicLong v = new AtomicLong();
            Gauge.builder("gongkai.obligations", v, AtomicLong::get).description("Obligations of the ledger by state (open, due_soon, overdue) and rule")
                    .tags(Tags.of("state", state, "rule", rule)).register(registry);
            return v;
        });
    }

    @Scheduled(every = "{gongkai.metrics.ledger-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().onFailure().recoverWithNull();
    }

    /** Reads the ledger now (the schedule calls it; a test may too). */
    public Uni<Void> refresh() {
        String sql = "select o.rule_id, count(*) open, count(*) filter (where o.reminder_due_on is not null and not " + ObligationRepository.NATIVE_NOT_KEPT + ") due_soon, "
                + "count(*) filter (where " + ObligationRepository.NATIVE_NOT_KEPT + ") overdue from obligation o where o.state = 'OPEN' group by 1";
        return pool.preparedQuery(sql).execute(Tuple.of(time.today(), time.now().atOffset(ZoneOffset.UTC))).flatMap(rs -> {
            gauges.values().forEach(v -> v.set(0));
            for (Row r : rs) {
                String rule = r.getString("rule_id");
                gauge("open", rule).set(r.getLong("open"));
                gauge("due_soon", rule).set(r.getLong("due_soon"));
                gauge("overdue", rule).set(r.getLong("overdue"));
            }
            return pool.query("select extract(epoch from max(finished_at))::bigint t from obligation_sweep_run where finished_at is not null").execute();
        }).map(rs -> {
            Long t = rs.iterator().next().getLong("t");
            lastSweep.set(t == null ? 0 : t);
            if (!sweepGauge) {
                sweepGauge = true;
                Gauge.builder("gongkai.obligation.sweep.last", lastSweep, AtomicLong::get).description("When the daily sweep last finished (Unix seconds; 0: never)")
                        .baseUnit("seconds").register(registry);
                sweepTimer();
            }
            return null;
        });
    }

    /** An application or enquiry received (kind application / enquiry; channel ONLINE, LETTER, HOTLINE). */
    public void submitted(String kind, String channel) {
        Counter.builder("gongkai.submissions").description("Applications and enquiries received, by kind and channel").tags("kind", kind, "channel", channel)
                .register(registry).increment();
    }

    /** The daily sweep ran: how long it took, and now as its last run. */
    public void swept(long nanos) {
        sweepTimer().record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        lastSweep.set(System.currentTimeMillis() / 1000);
    }

    private io.micrometer.core.instrument.Timer sweepTimer() {
        return io.micrometer.core.instrument.Timer.builder("gongkai.obligation.sweep").description("The daily sweep's runs and their duration").register(registry);
    }

    /** HTTP latency as a histogram (buckets), so that p99 by route can be computed across copies in Prometheus. */
    @jakarta.enterprise.inject.Produces
    @jakarta.inject.Singleton
    public io.micrometer.core.instrument.config.MeterFilter httpHistogram() {
        return new io.micrometer.core.instrument.config.MeterFilter() {
            @Override
            public io.micrometer.core.instrument.distribution.DistributionStatisticConfig configure(io.micrometer.core.instrument.Meter.Id id,
                                                                                                  io.micrometer.core.instrument.distribution.DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) return config;
                return io.micrometer.core.instrument.distribution.DistributionStatisticConfig.builder().percentilesHistogram(true)
                        .minimumExpectedValue(1e6).maximumExpectedValue(3e10).build().merge(config);
            }
        };
    }
}
