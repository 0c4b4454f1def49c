package org.gongkai.common.web;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Applications;
import org.gongkai.testsupport.Enquiries;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: every request has an id (the balancer's, when sensible, or a new one), answered in X-Request-Id and on
 * every log line the request writes; and the personal data of a submission never reaches a log line.
 */
@QuarkusTest
class LogsTest {
    record Line(String message, String requestId) {}

    static final class Capture extends Handler {
        final List<Line> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord r) {
            String msg = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
            String id = r instanceof ExtLogRecord e ? e.getMdc(RequestIds.MDC_KEY) : null;
            lines.add(new Line(msg + (r.getThrown() == null ? "" : " " + r.getThrown()), id));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void aRequestIdOnEveryLineAndNothingPersonal() {
        org.gongkai.testsupport.Clock.today("2026-11-20");
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            as("anonymous").header("X-Request-Id", "lb-req-0123456789").get("/api/v1/portal/items").then().statusCode(200)
                    .header("X-Request-Id", equalTo("lb-req-0123456789"));
            as("anonymous").header("X-Request-Id", "bad id; with spaces").get("/api/v1/portal/items").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
            as("office").header("X-Request-Id", "req-warnings-42").body(Map.of()).post("/api/v1/dashboard/warnings/notices").then().statusCode(200);
            assertTrue(capture.lines.stream().anyMatch(l -> l.message().contains("portal warnings sent on request") && "req-warnings-42".equals(l.requestId())),
                    capture.lines.toString());

            // a submission's personal data: name, phone, e-mail, ID number, address
            String phone = "139" + (10_000_000 + (System.nanoTime() % 89_999_999));
            Enquiries.submit("anonymous", "198.51.100.181", null, "日志测试留言" + System.nanoTime(), false).then().statusCode(201);
            Map<String, Object> applicant = Applications.body("日志测试申请", "POST");
            applicant.putAll(Map.of("name", "日志测试人甲", "idNumber", "370102198001019999", "phone", phone, "address", "济南市历下区日志路8号"));
            as("office").body(Map.of("applicant", applicant, "receiptRule", "REGISTERED_MAIL", "receivedOn", "2026-11-20"))
                    .post("/api/v1/applications/letters").then().statusCode(201);
            for (Line l : capture.lines)
                for (String personal : List.of("张三丰", "13812345678", "zhangsan@example.cn", "日志测试人甲", "370102198001019999", phone, "日志路8号"))
                    assertTrue(!l.message().contains(personal), "a log line carries personal data: " + l.message());
        } finally {
            root.removeHandler(capture);
        }
    }
}
