package org.gongkai.common.sql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Addresses;
import org.gongkai.testsupport.Enquiries;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: why {@link SessionSql} exists, and that the submission path keeps to it. In Hibernate ORM 7.2 a native
 * select adds a plan to the query-plan cache on every run (so the cache fills with entries of one hash and turns over
 * its HQL plans); an HQL query is planned once; a statement through {@link SessionSql} adds nothing. Online enquiries
 * (a challenge, the rate limits, a tracking number, the audit events, the reply clock) leave the cache as it was
 * after the first. When this test's first part fails after an upgrade, Hibernate has fixed it and SessionSql can go.
 */
@QuarkusTest
class QueryPlanCacheTest {
    @Inject
    Mutiny.SessionFactory sessions;

    int plans() {
        try {
            Object target = sessions;
            if (target.getClass().getName().contains("ClientProxy")) target = target.getClass().getMethod("arc_contextualInstance").invoke(target);
            for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (SessionFactoryImplementor.class.isAssignableFrom(f.getType())) {
                        f.setAccessible(true);
                        return ((SessionFactoryImplementor) f.get(target)).getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no session factory in " + sessions.getClass());
    }

    int growth(Runnable r) {
        int before = plans();
        r.run();
        return plans() - before;
    }

    @Test
    void nativeSelectsArePlannedOnEveryRunSessionSqlAndHqlAreNot() {
        // the application's own schedules (the audit sealer every second) may add a plan or two meanwhile: margins, not exact counts
        int n = 40;
        int natives = growth(() -> {
            for (int i = 0; i < n; i++) sessions.withSession(s -> s.createNativeQuery("select cast(count(*) as bigint) + 0 from department", Object.class).getSingleResult())
                    .await().indefinitely();
        });
        assertTrue(natives >= n, "Hibernate plans a native select again on every run (if this fails, it was fixed: SessionSql may go): " + natives);
        int hql = growth(() -> {
            for (int i = 0; i < n; i++) sessions.withSession(s -> s.createSelectionQuery("select count(*) from Department", Long.class).getSingleResult())
                    .await().indefinitely();
        });
        assertTrue(hql < 10, "an HQL query is planned once: " + hql);
        long[] got = new long[1];
        int direct = growth(() -> {
            for (int i = 0; i < n; i++) got[0] = sessions.withSession(s -> SessionSql.number(s, "select count(*) from department where code <> $1", "-")).await().indefinitely();
        });
        assertTrue(direct < 10, "SessionSql plans nothing: " + direct);
        assertTrue(got[0] > 0, "and answers: " + got[0]);
    }

    @Test
    void onlineEnquiriesAddNoPlansOnceTheFirstHasBeenMade() {
        Enquiries.submit("anonymous", Addresses.fresh(), null, "查询计划缓存测试（首次）", false).then().statusCode(201);
        int grown = growth(() -> {
            for (int i = 0; i < 20; i++) Enquiries.submit("anonymous", Addresses.fresh(), null, "查询计划缓存测试" + i, false).then().statusCode(201);
        });
        // before SessionSql: 7 plans per submission
        assertTrue(grown < 20, "twenty submissions planned " + grown + " statements again (a native select in the path?)");
    }
}
