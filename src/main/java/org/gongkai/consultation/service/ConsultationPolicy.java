package org.gongkai.consultation.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.consultation.Consultation;
import org.gongkai.disclosure.InfoItem;

/**
 * Who does what in a consultation: the department that drafts the document sets it up, moderates, enters comments and
 * drafts the fates (or the office for it); its head approves the fates; the head of the office decides exemptions.
 * Those who see every department see every consultation; another department gets a 404.
 */
@RequestScoped
public class ConsultationPolicy {
    @Inject
    CurrentUser user;

    public String departmentScope(String requested) {
        return user.departmentScope(requested, user.seesEveryDepartment(), "consultations");
    }

    private boolean office() {
        return user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
    }

    private boolean ownDepartment(String code) {
        return code.equals(user.department().orElse(null)) && user.hasAnyRole(Roles.STAFF, Roles.DEPARTMENT_HEAD);
    }

    public void checkCanSee(Consultation k) {
        if (user.seesEveryDepartment()) return;
        if (!k.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("consultation", k.id);
    }

    public void checkCanWork(Consultation k) {
        checkCanSee(k);
        if (!office() && !ownDepartment(k.departmentCode)) throw ProblemException.forbidden("the department drafting the document, or the office, runs its consultation");
    }

    public void checkCanApprove(Consultation k) {
        checkCanSee(k);
        boolean head = user.hasRole(Roles.OFFICE_HEAD)
                || (user.hasRole(Roles.DEPARTMENT_HEAD) && k.departmentCode.equals(user.department().orElse(null)));
        if (!head) throw ProblemException.forbidden("the head of the department approves the fates of the comments");
    }

    /** Its own department's document (or any, for the office); another department's is a 404 like a missing one. */
    public void checkCanConsult(InfoItem doc) {
        if (office()) return;
        if (!doc.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("item", doc.id);
        if (!ownDepartment(doc.departmentCode)) throw ProblemException.forbidden("the department drafting the document, or the office, asks for its consultation");
    }
}
