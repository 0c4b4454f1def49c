package org.gongkai.enquiries.hotline;

import java.time.LocalDate;

import io.smallrye.mutiny.Uni;

/**
 * The boundary with the city's 12345 platform. The exchange itself is outside this application; the default
 * implementation queues replies in the {@code hotline_outbox} table for it. Tests put a recording double here.
 */
public interface HotlinePlatform {
    /** A ticket was closed: its reply goes back to the platform. Runs inside the closing transaction. */
    Uni<Void> reportReply(String ticketNo, String category, String answer, LocalDate closedOn);
}
