package org.gongkai.testsupport;

import java.time.LocalDate;

import io.quarkus.test.junit.QuarkusMock;
import org.gongkai.common.time.TimeSource;

/** Fixes "today" for one test (QuarkusMock resets it after the test). */
public final class Clock {
    private Clock() {}

    public static void today(String date) {
        QuarkusMock.installMockForType(TimeSource.fixedDate(LocalDate.parse(date)), TimeSource.class);
    }
}
