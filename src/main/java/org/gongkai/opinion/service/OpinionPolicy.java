package org.gongkai.opinion.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
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
        return user.office();
    }

    public String departmentScope(String requested) {
        return user.departmentScope(requested, user.seesEveryDepartment(), "public-opinion events");
    }

    public void checkCanSee(OpinionEvent e) {
        user.checkSeesDepartment(e.departmentCode, "public-opinion event", e.id);
    }

    public void checkOffice() {
        if (!office()) throw ProblemException.forbidden("the office logs, closes and keeps the notes of public-opinion events");
    }

    public void checkCanRespond(OpinionEvent e) {
        user.checkWorksForDepartment(e.departmentCode, "public-opinion event", e.id, "the unit involved, or the office, records a response");
    }
}
