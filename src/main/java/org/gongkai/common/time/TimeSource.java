package org.gongkai.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * "Today" and "now" in the bureau's time zone (Asia/Shanghai). Every deadline and every "overdue" reads the
 * date from here, so tests fix the clock with {@code QuarkusMock.installMockForType}.
 */
@ApplicationScoped
public class TimeSource {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Clock clock() {
        return Clock.system(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public Instant now() {
        return clock().instant();
    }

    /** A time source pinned to one instant, for tests and for replaying a computation. */
    public static TimeSource fixed(Instant instant) {
        return new TimeSource() {
            @Override
            public Clock clock() {
                return Clock.fixed(instant, ZONE);
            }
        };
    }

    public static TimeSource fixedDate(LocalDate date) {
        return fixed(date.atTime(10, 0).atZone(ZONE).toInstant());
    }
}
