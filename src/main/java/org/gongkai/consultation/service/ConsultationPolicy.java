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

    public void checkCanSee(Consultation k) {
        user.checkSeesDepartment(k.departmentCode, "consultation", k.id);
    }

    public void checkCanWork(Consultation k) {
        user.checkWorksForDepartment(k.departmentCode, "consultation", k.id, "the department drafting the document, or the office, runs its consultation");
    }

    public void checkCanApprove(Consultation k) {
        checkCanSee(k);
        boolean head = user.hasRole(Roles.OFFICE_HEAD)
                || (user.hasRole(Roles.DEPARTMENT_HEAD) && k.departmentCode.equals(user.department().orElse(null)));
        if (!head) throw ProblemException.forbidden("the head of the department approves the fates of the comments");
    }

    /** Its own department's document (or any, for the office); another department's is a 404 like a missing one. */
    public void checkCanConsult(InfoItem doc) {
        if (user.office()) return;
        if (!doc.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("item", doc.id);
        if (!user.worksIn(doc.departmentCode)) throw ProblemException.forbidden("the department drafting the document, or the office, asks for its consultation");
    }
}
