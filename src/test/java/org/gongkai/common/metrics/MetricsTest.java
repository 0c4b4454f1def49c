package org.gongkai.common.metrics;

import static io.restassured.RestAssured.given;
import static org.gongkai.testsupport.Users.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Enquiries;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: /q/metrics in Prometheus format carries the HTTP latency by route, the reactive pool, the ledger's gauges by
 * state and rule (an overdue clock shows as one more), the last sweep and the submissions by kind and channel.
 */
@QuarkusTest
class MetricsTest {
    @Inject
    LedgerMetrics ledger;

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void theLedgerTheSweepAndTheSubmissionsAreMeasured() {
        Clock.today("2026-11-02");
        String rule = "R40-RPT";
        ledger.refresh().await().atMost(Duration.ofSeconds(10));
        double before = value(metrics(), "gongkai_obligations{rule=\"" + rule + "\",state=\"overdue\"}");
        as("office").body(Map.of("subjectType", "metrics-test", "subjectId", UUID.randomUUID().toString(), "ruleId", rule, "title", "指标测试",
                "departmentCode", "XXK", "responsiblePerson", "李测试", "start", "2026-11-02", "days", 3, "unit", "WORKING")).post("/api/v1/obligations").then().statusCode(201);
        Clock.today("2026-11-20");
        ledger.refresh().await().atMost(Duration.ofSeconds(10));
        String text = metrics();
        assertTrue(value(text, "gongkai_obligations{rule=\"" + rule + "\",state=\"overdue\"}") >= before + 1, text);
        assertTrue(text.contains("gongkai_obligations{rule=\"" + rule + "\",state=\"open\"}"), "open by rule");
        assertTrue(text.contains("gongkai_obligation_sweep_last_seconds"), "the last sweep");

        double enquiries = value(text, "gongkai_submissions_total{channel=\"ONLINE\",kind=\"enquiry\"}");
        Enquiries.submit("anonymous", "198.51.100.171", null, "指标测试留言" + System.nanoTime(), false).then().statusCode(201);
        text = metrics();
        assertTrue(value(text, "gongkai_submissions_total{channel=\"ONLINE\",kind=\"enquiry\"}") == enquiries + 1, text);
        // HTTP latency by route template (never by a record's id), and the reactive pool
        assertTrue(text.contains("http_server_requests_seconds_count{") && text.contains("uri=\"/api/v1/enquiries\""), "HTTP by route");
        assertTrue(!text.contains("uri=\"/api/v1/obligations/1"), "ids are not routes");
        given().get("/console/items/98765");
        given().get("/catalogue/ZKGK");
        String after = metrics();
        assertTrue(!after.contains("/console/items/98765") && !after.contains("uri=\"/catalogue/ZKGK\""), "the web UI's pages are one route, not a tag each");
        assertTrue(text.contains("sql_pool_active") && text.contains("sql_pool_queue_delay_seconds"), "the reactive pool's use and waits");
    }

    /** Every series an alert rule or a dashboard panel uses is one the application exports (a renamed metric fails here). */
    @Test
    void theAlertRulesAndTheDashboardUseSeriesThatExist() throws Exception {
        ledger.refresh().await().atMost(Duration.ofSeconds(10));
        given().get("/api/v1/portal/items").then().statusCode(200);
        java.util.Set<String> series = new java.util.HashSet<>();
        for (String line : metrics().lines().toList()) if (!line.startsWith("#") && !line.isBlank()) series.add(line.split("[{ ]")[0]);
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var rules = yaml.readTree(java.nio.file.Path.of("deploy/monitoring/prometheus-rules.yaml").toFile());
        java.util.List<String> exprs = new java.util.ArrayList<>();
        java.util.Set<String> alerts = new java.util.HashSet<>();
        for (var g : rules.get("groups")) for (var r : g.get("rules")) {
            assertTrue(r.hasNonNull("alert") && r.hasNonNull("expr") && r.path("labels").hasNonNull("severity") && r.path("annotations").hasNonNull("summary"), r.toString());
            alerts.add(r.get("alert").asText());
            exprs.add(r.get("expr").asText());
        }
        assertTrue(alerts.containsAll(java.util.Set.of("GongkaiOverdueObligationsRising", "GongkaiServerErrors", "GongkaiPoolSaturated", "GongkaiSweepNotRunToday")), alerts.toString());
        var dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("deploy/monitoring/grafana-dashboard.json").toFile());
        for (var p : dashboard.get("panels")) for (var t : p.get("targets")) exprs.add(t.get("expr").asText());
        Pattern name = Pattern.compile("\\b((?:gongkai|http_server|sql_pool)_[a-z_]+)");
        for (String e : exprs) {
            Matcher m = name.matcher(e);
            while (m.find()) assertTrue(series.contains(m.group(1)), m.group(1) + " (in " + e + ") is not exported; exported: " + series);
        }
    }
}
