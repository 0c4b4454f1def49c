package org.gongkai.common.abuse;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Enquiries;
import org.junit.jupiter.api.Test;

/** Issue 9: the public intakes' defences hold under concurrency, and what they keep is purged. */
@QuarkusTest
class AbuseDefencesTest {
    @Inject
    RateLimiter limiter;
    @Inject
    ChallengeService challenges;

    private boolean tryHit(String bucket) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> limiter.hit(bucket, 5, 3600)));
            return true;
        } catch (RateLimiter.Limited e) {
            return false;
        } catch (Throwable t) {
            if (t.getCause() instanceof RateLimiter.Limited) return false;
            throw new IllegalStateException(t);
        }
    }

    @Test
    void concurrentHitsNeverPassTheLimit() throws Exception {
        String bucket = "test:" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) results.add(pool.submit(() -> tryHit(bucket)));
            int passed = 0;
            for (var f : results) if (f.get(30, TimeUnit.SECONDS)) passed++;
            assertEquals(5, passed, "exactly the limit passed, however the 20 requests interleaved");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongAnswerUsesTheChallengeUp() {
        Map<String, Object> body = Enquiries.answeredChallenge("anonymous");
        String right = (String) body.get("challengeAnswer");
        body.put("challengeAnswer", String.valueOf(Integer.parseInt(right) + 1));
        body.put("category", "ENROLMENT");
        body.put("title", "挑战题只能答一次");
        body.put("question", "挑战题只能答一次：答错之后不能再用同一题。");
        body.put("publishable", false);
        as("anonymous").header("X-Forwarded-For", "198.51.100.201").body(body).post("/api/v1/enquiries")
                .then().statusCode(400).body("errors[0].field", equalTo("challengeAnswer"));
        body.put("challengeAnswer", right);
        as("anonymous").header("X-Forwarded-For", "198.51.100.201").body(body).post("/api/v1/enquiries")
                .then().statusCode(400).body("errors[0].field", equalTo("challengeAnswer"));
    }

    @Test
    void eachAddressAsksForOnlySoManyChallenges() {
        String address = org.gongkai.testsupport.Addresses.fresh();
        for (int i = 0; i < 30; i++) {
            as("anonymous").header("X-Forwarded-For", address).get("/api/v1/enquiries/challenge").then().statusCode(200);
        }
        as("anonymous").header("X-Forwarded-For", address).get("/api/v1/enquiries/challenge").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another address is not affected
        as("anonymous").header("X-Forwarded-For", "198.51.100.250").get("/api/v1/enquiries/challenge").then().statusCode(200);
    }

    @Test
    void expiredChallengesAndOldWindowsArePurged() throws Throwable {
        UUID old = UUID.randomUUID();
        String bucket = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = Db.connect()) {
            c.createStatement().executeUpdate("insert into challenge (id, answer, expires_at) values ('" + old + "', '3', now() - interval '3 days')");
            c.createStatement().executeUpdate("insert into rate_limit_window (bucket, window_start, hits) values ('" + bucket + "', now() - interval '5 days', 3)");
            c.createStatement().executeUpdate("insert into rate_limit_hit (bucket, at) values ('" + bucket + "', now() - interval '5 days')");
        }
        VertxContextSupport.subscribeAndAwait(() -> challenges.purge());
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select (select count(*) from challenge where id = '" + old + "'), "
                    + "(select count(*) from rate_limit_window where bucket = '" + bucket + "'), "
                    + "(select count(*) from rate_limit_hit where bucket = '" + bucket + "')");
            rs.next();
            assertEquals(0, rs.getInt(1));
            assertEquals(0, rs.getInt(2));
            assertEquals(0, rs.getInt(3));
        }
    }

    /**
     * Issue 16: limits parents can live with. Behind one address (a school's Wi-Fi) the sixth parent in an hour gets
     * through, each from their own browser; one browser is limited at 5; past the step-up mark (10 from the address)
     * an application must answer the text challenge — refused with challenge-required without it, received with it.
     */
    @Test
    void aSharedAddressIsLimitedLooselyADeviceTightlyAndTheChallengeStepsUp() {
        org.gongkai.testsupport.Clock.today("2026-09-28");
        String school = org.gongkai.testsupport.Addresses.fresh();
        for (int parent = 1; parent <= 8; parent++) {
            as("anonymous").header("X-Forwarded-For", school).header("X-Device-Id", "parent-" + parent + "-" + UUID.randomUUID())
                    .body(org.gongkai.testsupport.Applications.body("学区划分依据（家长" + parent + "）", "UPLOAD"))
                    .post("/api/v1/applications").then().statusCode(201);
        }
        // one browser: five an hour
        String device = "one-browser-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            as("anonymous").header("X-Forwarded-For", "198.19.7." + i).header("X-Device-Id", device)
                    .body(org.gongkai.testsupport.Applications.body("同一浏览器第" + i + "件", "UPLOAD")).post("/api/v1/applications").then().statusCode(201);
        }
        as("anonymous").header("X-Forwarded-For", "198.19.7.9").header("X-Device-Id", device)
                .body(org.gongkai.testsupport.Applications.body("同一浏览器第6件", "UPLOAD")).post("/api/v1/applications").then().statusCode(429)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("rate-limited"));
        // the school's address: past 10, the challenge is asked for
        for (int parent = 9; parent <= 10; parent++) {
            as("anonymous").header("X-Forwarded-For", school).header("X-Device-Id", "parent-" + parent + "-" + UUID.randomUUID())
                    .body(org.gongkai.testsupport.Applications.body("学区划分依据（家长" + parent + "）", "UPLOAD")).post("/api/v1/applications").then().statusCode(201);
        }
        String eleventh = "parent-11-" + UUID.randomUUID();
        as("anonymous").header("X-Forwarded-For", school).header("X-Device-Id", eleventh)
                .body(org.gongkai.testsupport.Applications.body("学区划分依据（家长11）", "UPLOAD")).post("/api/v1/applications").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("challenge-required")).body("errors[0].field", equalTo("challengeAnswer"));
        Map<String, Object> body = new java.util.HashMap<>(org.gongkai.testsupport.Applications.body("学区划分依据（家长11）", "UPLOAD"));
        body.putAll(Enquiries.answeredChallenge("anonymous"));
        String key = UUID.randomUUID().toString();
        String tracking = as("anonymous").header("X-Forwarded-For", school).header("X-Device-Id", eleventh).header("Idempotency-Key", key).body(body)
                .post("/api/v1/applications").then().statusCode(201).extract().jsonPath().getString("trackingNo");
        // the answer was lost on the way back: the same request again returns the first receipt, though its challenge is used up
        as("anonymous").header("X-Forwarded-For", school).header("X-Device-Id", eleventh).header("Idempotency-Key", key).body(body)
                .post("/api/v1/applications").then().statusCode(200).body("trackingNo", equalTo(tracking));
    }
}
