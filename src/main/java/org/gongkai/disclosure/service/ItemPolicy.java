package org.gongkai.disclosure.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.disclosure.InfoItem;

/**
 * Who sees and edits which items, in one place: the office, its head, leaders, the legal section and administrators
 * see every department's items; other staff their own department's. A department edits its own drafts; the office
 * edits the Disclosure Guide.
 */
@RequestScoped
public class ItemPolicy {
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.common.time.TimeSource time;

    public java.time.LocalDate today() {
        return time.today();
    }

    public boolean seesAll() {
        return user.seesEveryDepartmentsDocuments();
    }

    public String departmentScope(String requested) {
        return user.departmentScope(requested, seesAll(), "items");
    }

    public String ownDepartment() {
        return user.department().orElseThrow(() -> ProblemException.forbidden("your account has no department"));
    }

    public void checkCanSee(InfoItem i) {
        if (seesAll()) return;
        if (!i.departmentCode.equals(user.department().orElse(null))) throw ProblemException.notFound("item", i.id);
    }

    public void checkCanEdit(InfoItem i) {
        if (i.kind == InfoItem.Kind.GUIDE) {
            if (!user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the office edits the Disclosure Guide");
            return;
        }
        if (!i.departmentCode.equals(user.department().orElse(null))) {
            throw ProblemException.forbidden("only the drafting department edits this item");
        }
    }

    public void checkCanCreate(InfoItem.Kind kind) {
        if (kind == InfoItem.Kind.GUIDE && !user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD)) {
            throw ProblemException.forbidden("the office edits the Disclosure Guide");
        }
        ownDepartment();
    }
}
