package org.gongkai.enquiries.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.enquiries.Enquiry;

/**
 * Who sees and moves which enquiries: the office (and its head, leaders, administrators) the whole queue; a
 * department only what was transferred to it; for everyone else an item outside their reach does not exist.
 */
@RequestScoped
public class EnquiryPolicy {
    @Inject
    CurrentUser user;

    public boolean office() {
        return user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
    }

    public boolean seesAll() {
        return user.seesEveryDepartment();
    }

    public String departmentScope(String requested) {
        return user.departmentScope(requested, seesAll(), "enquiries");
    }

    public void checkCanSee(Enquiry e) {
        if (seesAll()) return;
        if (e.departmentCode == null || !e.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("enquiry", e.id);
    }

    /** The department it was transferred to answers, sends back and asks for time. */
    public void checkAssignedDepartment(Enquiry e) {
        checkCanSee(e);
        if (e.departmentCode == null || !e.departmentCode.equals(user.department().orElse(null))) {
            throw ProblemException.forbidden("only the department it was transferred to acts on it now");
        }
    }

    public void checkOffice() {
        if (!office()) throw ProblemException.forbidden("the office registers, transfers and sends answers");
    }
}
