package org.gongkai.testsupport;

import java.time.LocalDate;

import io.quarkus.test.junit.QuarkusMock;
import org.gongkai.common.time.TimeSource;

/** Fixes "today" for one test (QuarkusMock resets it after the test). */
public final class Clock {
    private Clock() {}

    /** Fixes "now" at a local time in Asia/Shanghai, e.g. {@code 2026-10-16T20:00} (hour clocks, issue 10). */
    public static void at(String localDateTime) {
        QuarkusMock.installMockForType(TimeSource.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(TimeSource.ZONE).toInstant()),
                TimeSource.class);
    }

    public static void today(String date) {
        QuarkusMock.installMockForType(TimeSource.fixedDate(LocalDate.parse(date)), TimeSource.class);
    }
}
