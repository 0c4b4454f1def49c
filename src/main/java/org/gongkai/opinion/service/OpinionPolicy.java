package org.gongkai.opinion.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.opinion.OpinionEvent;

/**
 * Who sees and moves which events: the office (and its head, leaders, administrators) all of them; a unit only its
 * own; the office logs and closes; the unit involved answers first, or the office for it.
 */
@RequestScoped
public class OpinionPolicy {
    @Inject
    CurrentUser user;

    public boolean office() {
        return user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
    }

    public String departmentScope(String requested) {
        return user.departmentScope(requested, user.seesEveryDepartment(), "public-opinion events");
    }

    public void checkCanSee(OpinionEvent e) {
        if (user.seesEveryDepartment()) return;
        if (!e.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("public-opinion event", e.id);
    }

    public void checkOffice() {
        if (!office()) throw ProblemException.forbidden("the office logs, closes and keeps the notes of public-opinion events");
    }

    public void checkCanRespond(OpinionEvent e) {
        checkCanSee(e);
        if (office()) return;
        boolean unit = e.departmentCode.equals(user.department().orElse(null)) && user.hasAnyRole(Roles.STAFF, Roles.DEPARTMENT_HEAD);
        if (!unit) throw ProblemException.forbidden("the unit involved, or the office, records a response");
    }
}
