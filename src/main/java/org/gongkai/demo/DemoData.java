package org.gongkai.demo;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.compliance.service.ObligationService.OpenCommand;
import org.jboss.logging.Logger;

/**
 * Demo data for a newcomer's dev run (dev profile only): a few obligations around today, so that the console
 * shows something due soon, something overdue and something met. Departments and the calendar come from the
 * migrations and the bundled calendar years.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;

    void onStart(@Observes @jakarta.annotation.Priority(100) StartupEvent ev) throws Throwable {
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(this::seed);
    }

    Uni<Void> seed() {
        return Panache.withSession(() -> Panache.getSession()
                        .flatMap(s -> s.createQuery("select count(o) from Obligation o", Long.class).getSingleResult()))
                .flatMap(n -> {
                    if (n > 0) return Uni.createFrom().voidItem();
                    LocalDate today = time.today();
                    Actor demo = new Actor("demo", java.util.Set.of("office"), "BGS");
                    return open(demo, "application", "2026-0001", "OGI-33", "答复张某关于学区划分的信息公开申请", "BGS", "王芳", today.minusDays(30), 20)
                            .flatMap(x -> open(demo, "application", "2026-0002", "OGI-33", "答复李某关于教师招聘成绩的信息公开申请", "BGS", "王芳", today.minusDays(24), 20))
                            .flatMap(x -> open(demo, "assignment", "2026-0002-JCJY", "R17", "协助办理：学区划分文件检索", "JCJY", "张伟", today.minusDays(10), 15))
                            .flatMap(x -> open(demo, "item", "JCJY-2026-017", "R8", "公开《2026年义务教育招生工作方案》", "JCJY", "张伟", today.minusDays(2), 20))
                            .flatMap(x -> open(demo, "annual-report", "2026", "R11", "发布2026年度政府信息公开工作年度报告", "BGS", "陈静", today, 40))
                            .invoke(() -> LOG.info("demo obligations created"))
                            .replaceWithVoid();
                });
    }

    private Uni<Obligation> open(Actor a, String type, String id, String rule, String title, String dept, String person, LocalDate start, int days) {
        boolean countStart = "R17".equals(rule);
        return obligations.open(new OpenCommand(type, id, rule, title, dept, person, start, days, CountUnit.WORKING, countStart), a);
    }
}
