package org.gongkai.audit.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.audit.AuditEvent;
import org.gongkai.common.crypto.PersonalDataCipher;

/**
 * A case's history as officers read it (issue 16): each audit event with who did it by name and department — from
 * what the console remembered of each member of staff (staff_contact) — and the action's code, which the console
 * turns into a sentence ("办公室 王芳 受理了申请"). One shape for every feature's timeline.
 */
@ApplicationScoped
public class Timeline {
    @Inject
    PersonalDataCipher cipher;

    @Schema(name = "TimelineEntry")
    public record Entry(String at, @Schema(description = "the login, for the record") String actor,
                        @Schema(description = "the person's name, when known", examples = "王芳") String actorName,
                        @Schema(description = "the person's department code, when known", examples = "BGS") String actorDepartment,
                        @Schema(description = "what happened, as a code the console words", examples = "application.received") String action,
                        String after) {}

    record Person(String name, String department) {}

    /** The events, oldest first as given, with their actors' names; one query for all the actors. */
    public Uni<List<Entry>> of(List<AuditEvent> events) {
        Set<String> actors = new LinkedHashSet<>();
        events.forEach(e -> actors.add(e.actor));
        if (actors.isEmpty()) return Uni.createFrom().item(List.of());
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select username, display_name, department_code from staff_contact where username in (:u)", Object[].class)
                .setParameter("u", List.copyOf(actors)).getResultList()))
                .map(rows -> {
                    Map<String, Person> people = new HashMap<>();
                    for (Object[] r : rows) people.put((String) r[0], new Person(r[1] == null ? null : cipher.decrypt((String) r[1]), (String) r[2]));
                    return events.stream().map(e -> {
                        Person p = people.get(e.actor);
                        return new Entry(e.occurredAt.toString(), e.actor, p == null ? null : p.name(), p == null ? null : p.department(), e.action, e.afterState);
                    }).toList();
                });
    }
}
