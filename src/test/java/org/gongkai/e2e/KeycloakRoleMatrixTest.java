package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every role against the real Keycloak realm (deploy/keycloak/gongkai-realm.json), with real tokens: one row per
 * endpoint, one column per demo user. Expected: 2xx allowed, 401 anonymous, 403 role not allowed.
 */
@QuarkusTest
class KeycloakRoleMatrixTest {
    static final String[] USERS = {"anonymous", "reader", "citizen", "staff", "depthead", "office", "officehead", "legal",
            "infosection", "leader", "admin"};
    static final String TEN = "0123456789";
    /** 510 characters: longer than any reason may be. */
    static final String LONG_REASON = TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN
            + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN
            + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN;

    RequestSpecification as(String user) {
        return org.gongkai.testsupport.Users.as(user);
    }

    /** method, path, body, then the expected status for each of USERS in order. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /api/v1/calendar/due-date?start=2026-09-28&days=5 | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/departments                              | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/me                                       | | 401 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/obligations                              | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/obligations/summary                      | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/audit/verify                             | | 401 403 403 403 403 403 403 403 403 403 200",
            "GET  | /api/v1/audit/events                             | | 401 403 403 403 403 403 403 403 403 403 200",
            "POST | /api/v1/calendar/years                           | {\"year\":1900,\"days\":[]} | 401 403 403 403 403 403 403 403 403 403 400",
            "POST | /api/v1/obligations                              | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/obligations/sweep                        | | 401 403 403 403 403 403 403 403 403 403 200",
            "GET  | /api/v1/calendar/days?from=2026-10-01&to=2026-10-07 | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/catalogue                                | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/enquiries/challenge                      | | 200 200 200 200 200 200 200 200 200 200 200",
            "POST | /api/v1/applications                             | {} | 400 400 400 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/applications/track?trackingNo=YS1         | | 400 400 400 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/applications/mine                        | | 401 403 200 403 403 403 403 403 403 403 403",
            "GET  | /api/v1/applications                             | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/applications/987654321                   | | 401 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/applications/987654321/correction        | {\"text\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/extension         | {\"text\":\"x\"} | 401 403 403 403 403 403 404 403 403 403 403",
            "POST | /api/v1/applications/987654321/decision          | {\"outcome\":\"DISCLOSED\",\"note\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/personal-data     | | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/enquiries/answered                       | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/enquiries/statistics                     | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/enquiries/track?trackingNo=ZX1            | | 400 400 400 400 400 400 400 400 400 400 400",
            "POST | /api/v1/enquiries                                | {} | 400 400 400 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/enquiries/mine                           | | 401 403 200 403 403 403 403 403 403 403 403",
            "GET  | /api/v1/enquiries                                | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/enquiries/987654321                      | | 401 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/enquiries/tickets                        | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/enquiries/987654321/transfer             | {\"departmentCode\":\"JCJY\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/enquiries/987654321/answer               | {\"text\":\"x\"} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/enquiries/987654321/closure              | {\"category\":\"ANSWERED\",\"answer\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/enquiries/987654321/contact              | | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/catalogue/versions                       | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/catalogue/draft                          | | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/catalogue/draft                          | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/catalogue/duty-changes                   | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/portal/items                             | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/items/987654321                   | | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/search?q=招生                      | | 200 200 200 200 200 200 200 200 200 200 200",
            // issue 11: the year's interpretation figures are public
            "GET  | /api/v1/portal/interpretations/figures?year=2026    | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/items?column=ZCJD&form=VIDEO         | | 200 200 200 200 200 200 200 200 200 200 200",
            // issue 11: public-opinion events are staff only; the office logs, closes and keeps the notes
            "GET  | /api/v1/opinion-events                              | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/opinion-events/summary                      | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/opinion-events                              | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/opinion-events/987654321                    | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/opinion-events/987654321/responses          | {} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/opinion-events/987654321/closure            | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "PUT  | /api/v1/opinion-events/987654321/notes              | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/opinion-events/987654321/attachments        | MULTIPART | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/opinion-events/987654321/attachments/987654321 | | 401 403 403 404 404 404 404 404 404 404 404",
            // issue 12: consultations — the department runs them, its head approves the fates, the head of the office exempts; the column is public
            "GET  | /api/v1/consultations                               | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/consultations                               | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/consultations/987654321                     | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/consultations/987654321/comments            | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/consultations/987654321/comments/1/moderation | {\"action\":\"PUBLISH\"} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/consultations/987654321/report              | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/consultations/987654321/dispositions/approval | {} | 401 403 403 403 404 403 404 403 403 403 403",
            "GET  | /api/v1/consultations/exemptions?state=REQUESTED    | | 401 403 403 400 400 200 200 400 400 200 200",
            "POST | /api/v1/consultations/exemptions/987654321/decision | {\"approve\":true} | 401 403 403 403 403 403 404 403 403 403 403",
            "GET  | /api/v1/portal/consultations                        | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/consultations/987654321              | | 404 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/portal/consultations/987654321/comments     | {\"body\":\"x\"} | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/consultations/comments/YJYJ1999-000001 | | 404 404 404 404 404 404 404 404 404 404 404",
            // issue 12: polls — departments propose and run them, the office selects topics; the column is public
            "POST | /api/v1/polls/topics                                | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/polls/topics                                | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/polls/topics/987654321/decision             | {\"select\":true} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/polls                                       | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/polls                                       | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/polls/987654321                             | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/polls/987654321/responses                   | {\"channel\":\"PAPER\"} | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/polls                                | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/meetings                                    | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/meetings/987654321                          | | 401 403 403 404 404 404 404 404 404 404 404",
            "PUT  | /api/v1/meetings/987654321                          | {} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/meetings                                    | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/meetings/987654321/handover                 | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/meetings/987654321/materials-item           | | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/meetings/987654321/decisions                | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/portal/meetings                             | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/meetings/987654321                   | | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/double-publicity                            | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/double-publicity                            | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/double-publicity/987654321                  | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/double-publicity/sweep                      | | 401 403 403 403 403 403 403 403 403 403 200",
            "GET  | /api/v1/portal/double-publicity                     | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/double-publicity/987654321           | | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/inspections/matters                         | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/inspections/matters                         | {} | 401 403 403 403 403 400 400 400 403 403 400",
            "PUT  | /api/v1/inspections/matters/987654321               | {} | 401 403 403 403 403 400 400 400 403 403 400",
            "POST | /api/v1/inspections/matters/987654321/retirement    | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 404 403 403 404",
            "GET  | /api/v1/inspections/targets                         | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/inspections/inspectors                      | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/inspections/tasks                           | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/inspections/tasks/987654321                 | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/inspections/tasks                           | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/key-tasks                                   | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/key-tasks                                   | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/key-tasks/987654321                         | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/key-tasks/987654321/progress                | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/key-tasks/rounds                            | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/key-tasks/export?year=2026                  | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/key-tasks                            | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/key-tasks/summary                    | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/key-tasks/987654321                  | | 404 404 404 404 404 404 404 404 404 404 404",
            // issue 14: the data resource catalogue (R37–R39) — the info section and the office keep it, a department describes its own; harvesters read it
            "GET  | /api/v1/data-resources                              | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/data-resources/catalogue                    | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/data-resources                              | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "PUT  | /api/v1/data-resources/NO-SUCH                      | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/data-resources/NO-SUCH/retirement           | {\"reason\":\"x\"} | 401 403 403 404 404 404 404 404 404 404 404",
            // a reason too long: refused before anything is drafted, so the row changes nothing
            "POST | /api/v1/data-resources/catalogue/list-item          | {\"reason\":\"" + LONG_REASON + "\"} | 401 403 403 403 403 400 400 403 400 403 400",
            "GET  | /api/v1/portal/data-resources/NO-SUCH?version=99999  | | 404 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/data-resources/NO-SUCH/data-changes         | {} | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/data-resources/NO-SUCH/releases             | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/data-resources/NO-SUCH/data?format=xml | | 400 400 400 400 400 400 400 400 400 400 400",
            // issue 14: sharing by API call (consumers' tokens only), the info section's registers, requests both ways
            "GET  | /api/v1/share                                       | | 401 403 403 403 403 403 403 403 403 403 403",
            "GET  | /api/v1/share/NO-SUCH                               | | 401 403 403 403 403 403 403 403 403 403 403",
            "GET  | /api/v1/data-sharing/grants                         | | 401 403 403 403 403 200 200 403 200 200 200",
            "POST | /api/v1/data-sharing/grants                         | {} | 401 403 403 403 403 403 403 403 400 403 403",
            "POST | /api/v1/data-sharing/grants/987654321/revocation    | {\"reason\":\"x\"} | 401 403 403 403 403 403 403 403 404 403 403",
            "POST | /api/v1/data-sharing/systems                        | {} | 401 403 403 403 403 403 403 403 400 403 400",
            "POST | /api/v1/data-sharing/consumers                      | {} | 401 403 403 403 403 403 403 403 400 403 403",
            "GET  | /api/v1/data-sharing/calls                          | | 401 403 403 403 403 200 200 403 200 200 200",
            "GET  | /api/v1/data-sharing/calls/daily                    | | 401 403 403 403 403 200 200 403 200 200 200",
            "GET  | /api/v1/data-sharing/platform-messages              | | 401 403 403 403 403 200 200 403 200 200 200",
            "GET  | /api/v1/data-requests/outbound                      | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/data-requests/outbound                      | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/data-requests/outbound/987654321/leader-approval | {\"approve\":true} | 401 403 403 403 403 403 403 403 403 404 403",
            "POST | /api/v1/data-requests/outbound/987654321/submission  | | 401 403 403 403 403 403 403 403 404 403 403",
            "GET  | /api/v1/data-requests/inbound                       | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/data-requests/inbound/987654321             | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/data-requests/inbound                       | {} | 401 403 403 403 403 403 403 403 400 403 403",
            "POST | /api/v1/data-requests/inbound/987654321/decision    | {\"grant\":true} | 401 403 403 403 403 403 403 403 404 403 403",
            "GET  | /api/v1/portal/data-resources/NO-SUCH/data?format=xlsx | | 404 404 404 404 404 404 404 404 404 404 404",
            // issue 15: the annual report's figures and their drill-down, for the staff
            "GET  | /api/v1/annual-reports/2024/figures                 | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/annual-reports/2024/figures/III.NOPE.TOTAL/records | | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/annual-reports/2021                         | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/annual-reports                       | | 200 200 200 200 200 200 200 200 200 200 200",
            // issue 15: the violations register (R45), for the office; the leaders and administrators read it
            "GET  | /api/v1/violations                                  | | 401 403 403 403 403 200 200 403 403 200 200",
            "GET  | /api/v1/violations/summary                          | | 401 403 403 403 403 200 200 403 403 200 200",
            "POST | /api/v1/violations/987654321/decision               | {\"decision\":\"CONFIRMED\",\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/violations/refusals                         | | 401 403 403 403 403 200 200 403 403 200 200",
            "GET  | /api/v1/violations/987654321/self-examination       | | 401 403 403 403 404 404 404 403 403 404 404",
            // issue 15: the dashboard and its warnings, the assessment (R44): the office, the leaders and the administrators
            "GET  | /api/v1/dashboard                                   | | 401 403 403 403 403 200 200 403 403 200 200",
            "GET  | /api/v1/dashboard/warnings                          | | 401 403 403 403 403 200 200 403 403 200 200",
            "POST | /api/v1/dashboard/warnings/notices                  | {} | 401 403 403 403 403 200 200 403 403 403 200",
            "GET  | /api/v1/assessment/2019/scheme                      | | 401 403 403 403 403 200 200 403 403 200 200",
            "GET  | /api/v1/assessment/2019/comparison                  | | 401 403 403 403 403 200 200 403 403 200 200",
            "PUT  | /api/v1/assessment/2019/scheme                      | {\"totalPoints\":3} | 401 403 403 403 403 400 400 403 403 403 400",
            "PUT  | /api/v1/assessment/2019/manual/NOPE/BGS             | {\"points\":1,\"reason\":\"x\"} | 401 403 403 403 403 409 409 403 403 403 409",
            "PUT  | /api/v1/annual-reports/2021/manual-figures          | {\"enforcementDecisions\":-1} | 401 403 403 403 403 400 400 403 403 403 400",
            // issue 18: the SM4 key's rotation, for the administrators only
            "GET  | /api/v1/admin/crypto/rotation                       | | 401 403 403 403 403 403 403 403 403 403 200",
            "GET  | /api/v1/portal/annual-reports/2019/report.pdf       | | 404 404 404 404 404 404 404 404 404 404 404",
            "PUT  | /api/v1/annual-reports/2021/text                    | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/annual-reports/2021/list-item               | {} | 401 403 403 403 403 409 409 403 403 403 409",
            "POST | /api/v1/annual-reports/2021/filing                  | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/3/action/package_list                          | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/3/action/package_show                          | | 409 409 409 409 409 409 409 409 409 409 409",
            // issue 13: service lists (R35) — the legal section (and the office) keeps them, the staff read them, the portal shows what is published
            "GET  | /api/v1/service-lists                               | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/service-lists/NOPE                          | | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/service-lists/POWER/entries                 | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/service-lists/POWER/entries                 | {} | 401 403 403 403 403 400 400 400 403 403 400",
            "PUT  | /api/v1/service-lists/POWER/entries/NO-SUCH         | {} | 401 403 403 403 403 400 400 400 403 403 400",
            "POST | /api/v1/service-lists/POWER/entries/NO-SUCH/retirement | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 404 403 403 404",
            "POST | /api/v1/service-lists/NOPE/list-item                | {} | 401 403 403 403 403 404 404 404 403 403 404",
            "GET  | /api/v1/portal/service-lists                        | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/portal/service-lists/GUIDE/entries/NO-SUCH  | | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/polls/987654321                      | | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/polls/987654321/results              | | 404 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/portal/polls/987654321/responses            | {} | 404 404 404 404 404 404 404 404 404 404 404",
            // issue 11: press conferences — departments propose, the office plans and runs them; the press page is public
            "GET  | /api/v1/portal/press?year=2026                      | | 200 200 200 200 200 200 200 200 200 200 200",
            "POST | /api/v1/press/topics                                | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/press/topics                                | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/press/topics/987654321/selection            | {\"month\":5} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/press/topics/987654321/decline              | {\"note\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/press/plans/2026                            | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/press/plans/1999/draft                      | {} | 401 403 403 403 403 409 409 403 403 403 409",
            "POST | /api/v1/press/plans/2026/entries/987654321/removal  | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/press/conferences                           | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/press/conferences                           | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/press/conferences/987654321                 | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/press/conferences/987654321/materials/1/submission | {\"content\":\"x\"} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/press/conferences/987654321/announcement    | | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/press/conferences/987654321/held            | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/press/conferences/987654321/cancellation    | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/press/conferences/987654321/record          | {\"transcript\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/feeds/latest.json                        | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/feeds/latest.rss                         | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/items                                    | | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/items/review-queue                       | | 401 403 403 403 200 200 200 403 403 403 200",
            "GET  | /api/v1/items/attribute-bases                    | | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/items                                    | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/items/987654321                          | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/items/987654321/submission               | {\"opinion\":\"x\"} | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/items/987654321/approval                 | {\"opinion\":\"x\"} | 401 403 403 403 404 403 404 403 403 403 403",
            "POST | /api/v1/items/987654321/return                   | {\"reason\":\"x\"} | 401 403 403 403 404 404 404 403 403 403 404",
            "POST | /api/v1/items/987654321/withdrawal               | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/items/sweep                              | | 401 403 403 403 403 403 403 403 403 403 200",
            "GET  | /api/v1/normative-documents                      | | 401 403 403 403 403 200 200 200 403 403 200",
            "POST | /api/v1/normative-documents/987654321/validity   | {\"validity\":\"VALID\",\"note\":\"x\"} | 401 403 403 403 403 403 403 404 403 403 403",
            "GET  | /api/v1/calendar/years                           | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/config                                   | | 200 200 200 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/obligations/987654321                    | | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/obligations/987654321/pause              | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/obligations/987654321/resume             | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/obligations/987654321/restart            | {\"start\":\"2026-10-12\",\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/obligations/987654321/extension          | {\"days\":5,\"reason\":\"x\"} | 401 403 403 403 403 403 404 403 403 403 404",
            "POST | /api/v1/obligations/987654321/completion         | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/obligations/987654321/cancellation       | {\"reason\":\"x\"} | 401 403 403 403 403 404 404 403 403 403 404",
            // issue 9: every other endpoint too (objects that do not exist: a 404 once the role may act)
            "POST | /api/v1/applications/letters                             | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/sweep                               | {} | 401 403 403 403 403 403 403 403 403 403 200",
            "POST | /api/v1/applications/track/files                         | MULTIPART | 400 400 400 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/applications/track/files/987654321?trackingNo=YS1 |  | 400 400 400 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/applications/track/letters/987654321?trackingNo=YS1 |  | 400 400 400 400 400 400 400 400 400 400 400",
            "POST | /api/v1/applications/987654321/applicant-files           | MULTIPART | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/applications/987654321/applicant-files/987654321 |  | 401 403 403 403 403 404 404 404 403 404 404",
            "POST | /api/v1/applications/987654321/assignments               | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/987654321/assignments/answer        | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/applications/987654321/correction/lapsed         | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/correction/received       | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/delivery                  | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/fee                       | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/987654321/fee/lapsed                | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/fee/paid                  | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/applications/987654321/files                     | MULTIPART | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/applications/987654321/files/987654321           |  | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/applications/987654321/letters                   |  | 401 403 403 403 403 404 404 404 403 404 404",
            "POST | /api/v1/applications/987654321/letters                   | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "PUT  | /api/v1/applications/987654321/letters/987654321         | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "GET  | /api/v1/applications/987654321/letters/987654321/document |  | 401 403 403 403 403 404 404 404 403 404 404",
            "POST | /api/v1/applications/987654321/letters/987654321/legal-review | {} | 401 403 403 403 403 403 403 400 403 403 403",
            "POST | /api/v1/applications/987654321/letters/987654321/signature | {} | 401 403 403 403 403 403 404 403 403 404 403",
            "POST | /api/v1/applications/987654321/letters/987654321/submission | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/applications/987654321/meetings                  |  | 401 403 403 403 403 404 404 404 403 404 404",
            "POST | /api/v1/applications/987654321/meetings                  | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/987654321/proactive-item            | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/987654321/reviews                   | {} | 401 403 403 403 403 400 400 400 403 403 400",
            "POST | /api/v1/applications/987654321/third-party               | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/applications/987654321/third-party/answered      | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/catalogue/draft/columns                          | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "DELETE | /api/v1/catalogue/draft/columns/NOPE                     |  | 401 403 403 403 403 404 404 403 403 403 404",
            "PUT  | /api/v1/catalogue/draft/columns/NOPE                     | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "POST | /api/v1/catalogue/draft/publication                      | {} | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/catalogue/versions/999                           |  | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/enquiries/answered/ZX2026-999999                 |  | 404 404 404 404 404 404 404 404 404 404 404",
            "POST | /api/v1/enquiries/track/rating                           | {} | 400 400 400 400 400 400 400 400 400 400 400",
            "POST | /api/v1/enquiries/987654321/attachments                  | MULTIPART | 401 403 403 403 403 404 404 403 403 403 404",
            "GET  | /api/v1/enquiries/987654321/attachments/987654321        |  | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/enquiries/987654321/extension-requests           | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/enquiries/987654321/extension-requests/987654321/decision | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/enquiries/987654321/send-back                    | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "PUT  | /api/v1/items/987654321                                  | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "POST | /api/v1/items/987654321/attachments                      | MULTIPART | 401 403 403 404 404 404 404 404 404 404 404",
            "DELETE | /api/v1/items/987654321/attachments/987654321            |  | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/items/987654321/attachments/987654321            |  | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/items/987654321/opinions                         |  | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/items/987654321/revision                         | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "GET  | /api/v1/letters/queue                                    |  | 401 403 403 403 403 403 200 200 403 200 403",
            "GET  | /api/v1/portal/items/987654321/attachments/987654321     |  | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/items/987654321/history                   |  | 404 404 404 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/portal/items/987654321/versions/999              |  | 404 404 404 404 404 404 404 404 404 404 404",
            // issue 10: hour clocks, quota events and the quota rules
            "POST | /api/v1/obligations/hours                                | {} | 401 403 403 403 403 400 400 403 403 403 400",
            "POST | /api/v1/obligations/987654321/events                      | {\"reference\":\"x\"} | 401 403 403 403 404 404 404 403 403 403 404",
            "GET  | /api/v1/obligation-quotas                                 |  | 401 403 403 200 200 200 200 200 200 200 200",
            "PUT  | /api/v1/obligation-quotas/NOPE                            | {\"required\":1} | 401 403 403 403 403 403 403 403 403 403 404",
            "GET  | /api/v1/notifications                                     |  | 401 403 403 200 200 200 200 200 200 200 200",
            "GET  | /api/v1/notifications/unread-count                        |  | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/notifications/987654321/read                      |  | 401 403 403 404 404 404 404 404 404 404 404",
            "POST | /api/v1/notifications/read-all                            |  | 401 403 403 200 200 200 200 200 200 200 200",
            "POST | /api/v1/items/987654321/links                             | {} | 401 403 403 400 400 400 400 400 400 400 400",
            "DELETE | /api/v1/items/987654321/links/1                         |  | 401 403 403 404 404 404 404 404 404 404 404",
            "GET  | /api/v1/search?q=招生                                     |  | 200 200 200 200 200 200 200 200 200 200 200",
    })
    void roleMatrix(String method, String path, String body, String expected) {
        String[] want = expected.trim().split("\\s+");
        assertEquals(USERS.length, want.length, "one expectation per user");
        for (int i = 0; i < USERS.length; i++) {
            RequestSpecification r = as(USERS[i]);
            if (body != null && body.trim().equals("MULTIPART")) {
                r = org.gongkai.testsupport.Users.upload(USERS[i]).multiPart("file", "x.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf");
            } else if (body != null && !body.isBlank()) {
                r = r.contentType(ContentType.JSON).body(body);
            }
            int status = switch (method.trim()) {
                case "GET" -> r.get(path.trim()).statusCode();
                case "PUT" -> r.put(path.trim()).statusCode();
                case "DELETE" -> r.delete(path.trim()).statusCode();
                default -> r.post(path.trim()).statusCode();
            };
            assertEquals(Integer.parseInt(want[i]), status, method.trim() + " " + path.trim() + " as " + USERS[i]);
        }
    }

    @Test
    void theTokenCarriesRolesAndDepartment() {
        as("officehead").when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("officehead"))
                .body("name", equalTo("陈静 Chen"))
                .body("department", equalTo("BGS"))
                .body("departmentDetail.nameZh", equalTo("办公室"))
                .body("roles", hasItems("office-head", "office", "staff"));
        as("staff").when().get("/api/v1/me").then().body("department", equalTo("JCJY"));
    }

    @Test
    void staffSeeOnlyTheirDepartmentWithRealTokens() {
        as("staff").queryParam("department", "BGS").when().get("/api/v1/obligations").then().statusCode(403);
        as("staff").queryParam("department", "JCJY").when().get("/api/v1/obligations").then().statusCode(200);
        as("office").queryParam("department", "JCJY").when().get("/api/v1/obligations").then().statusCode(200);
    }
}
