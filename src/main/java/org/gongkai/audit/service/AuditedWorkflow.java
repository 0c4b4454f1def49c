package org.gongkai.audit.service;

import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;

/**
 * The one shape of every workflow action of a feature record (issue 9: it was written three times): the current state
 * must allow the action (else a 409 saying which action in which state), then the change, which must leave the record
 * in the state the transition table names for the action (an invariant, checked on every call), the updated time, a
 * flush, and an audit event {@code <subject>.<action>} with the record before and after, all in the caller's transaction.
 *
 * @param <E> the record (an application, an enquiry, an obligation…)
 * @param <A> its actions
 */
public final class AuditedWorkflow<E, A extends Enum<A>> {
    private final AuditService audit;
    private final TimeSource time;
    private final String subjectType;
    private final Function<E, Long> id;
    private final Function<E, Object> state;
    private final BiPredicate<E, A> allows;
    private final Function<A, Object> target;
    private final Function<E, Map<String, Object>> snapshot;
    private final BiConsumer<E, Instant> touch;

    public AuditedWorkflow(AuditService audit, TimeSource time, String subjectType, Function<E, Long> id, Function<E, Object> state,
                           BiPredicate<E, A> allows, Function<A, Object> target, Function<E, Map<String, Object>> snapshot, BiConsumer<E, Instant> touch) {
        this.audit = audit;
        this.time = time;
        this.subjectType = subjectType;
        this.id = id;
        this.state = state;
        this.allows = allows;
        this.target = target;
        this.snapshot = snapshot;
        this.touch = touch;
    }

    /** The action's words in messages: {@code SEND_BACK} → "send back". */
    public static String words(Enum<?> action) {
        return action.name().toLowerCase().replace('_', ' ');
    }

    /** Runs {@code step} on the record {@code found} if its state allows {@code action}. */
    public Uni<E> act(Uni<E> found, A action, Actor actor, Function<E, Uni<?>> step) {
        return found.flatMap(e -> {
            if (!allows.test(e, action)) throw ProblemException.illegalTransition(subjectType + " " + id.apply(e), state.apply(e), words(action));
            Map<String, Object> before = snapshot.apply(e);
            Object from = state.apply(e);
            return step.apply(e).flatMap(x -> {
                Object to = target.apply(action);
                Object now = state.apply(e);
                if (to == null ? now != from : now != to) {
                    throw new IllegalStateException(subjectType + " " + id.apply(e) + ": '" + words(action) + "' left it in " + now
                            + ", the transition table says " + (to == null ? from : to));
                }
                touch.accept(e, time.now());
                return Panache.getSession().flatMap(s -> s.flush());
            }).call(() -> audit.record(actor, subjectType + "." + action.name().toLowerCase(), subjectType, id.apply(e), before, snapshot.apply(e)))
                    .replaceWith(e);
        });
    }
}
