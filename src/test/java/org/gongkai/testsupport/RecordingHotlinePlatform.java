package org.gongkai.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.mutiny.Uni;
import org.gongkai.enquiries.hotline.OutboxHotlinePlatform;

/**
 * The test double at the 12345 boundary (and only there): records every reply the application reports, then lets
 * the real outbox queue it, so that both sides of the boundary are checked.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingHotlinePlatform extends OutboxHotlinePlatform {
    private final List<String> replies = new CopyOnWriteArrayList<>();

    /** Through a method: a field read on the injected client proxy would not reach the bean. */
    public List<String> replies() {
        return replies;
    }

    @Override
    public Uni<Void> reportReply(String ticketNo, String category, String answer, LocalDate closedOn) {
        replies.add(ticketNo + "|" + category + "|" + closedOn);
        return super.reportReply(ticketNo, category, answer, closedOn);
    }
}
