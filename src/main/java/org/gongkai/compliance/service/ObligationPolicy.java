package org.gongkai.compliance.service;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;

/**
 * Who sees which obligations (one place, conventions.md): the office, its head, leaders and administrators see every
 * department; everyone else only their own department.
 */
@RequestScoped
public class ObligationPolicy {
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    public boolean seesAllDepartments() {
        return user.seesEveryDepartment();
    }

    /** The department a list is restricted to: the one asked for if allowed, the caller's own otherwise; null = all. */
    public String departmentScope(String requested) {
        return user.departmentScope(requested, seesAllDepartments(), "obligations");
    }

    public void checkCanSee(Obligation o) {
        if (seesAllDepartments()) return;
        String own = user.department().orElse(null);
        // another department's obligation: a 404, as for every object the caller may not know exists (issue 9)
        if (!o.departmentCode.equals(own)) throw ProblemException.notFound("obligation", o.id);
    }

    public LocalDate today() {
        return time.today();
    }
}
