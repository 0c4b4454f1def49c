package org.gongkai.common.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;

/**
 * Personal data in clear for the handler who needs it, always as an audited act, in one place (issue 9). The
 * audit event says who opened whose data and when, never the data itself. Inside the caller's transaction.
 */
@ApplicationScoped
public class PersonalDataReveal {
    @Inject
    PersonalDataCipher cipher;
    @Inject
    AuditService audit;

    /** {@code encrypted}: field name → stored cipher text (null for a field not given); the same names in clear. */
    public Uni<Map<String, String>> reveal(Actor actor, String action, String subjectType, Object subjectId, Map<String, String> encrypted) {
        Map<String, String> clear = new LinkedHashMap<>();
        encrypted.forEach((field, value) -> clear.put(field, cipher.decrypt(value)));
        return audit.record(actor, action, subjectType, subjectId, null, null).replaceWith(clear);
    }
}
