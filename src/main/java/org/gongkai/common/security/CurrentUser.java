package org.gongkai.common.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: user name, display name, realm roles and department (the token's {@code department}
 * claim, mapped from the Keycloak user attribute). Dev users of the container-free OIDC service carry no
 * such claim: {@code gongkai.dev-user-departments} supplies it there.
 */
@RequestScoped
public class CurrentUser {
    public static final String DEPARTMENT_CLAIM = "department";

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "gongkai.dev-user-departments")
    Optional<List<String>> devDepartments;

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        if (identity.isAnonymous()) return "anonymous";
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String pref = jwt.getClaim("preferred_username");
            if (pref != null) return pref;
        }
        return identity.getPrincipal().getName();
    }

    /** The client's address (behind the trusted proxies: X-Forwarded-For), for rate limits; never stored in clear. */
    public static String clientAddress(io.vertx.core.http.HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** A citizen's account for their own submissions (null for the anonymous public and for staff). */
    public String citizenAccount() {
        return hasRole(Roles.CITIZEN) ? subject().orElse(null) : null;
    }

    /** The token's subject: a stable id for the account (citizens' own submissions are keyed by it). */
    public Optional<String> subject() {
        if (identity.isAnonymous()) return Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) return Optional.of(jwt.getSubject());
        return Optional.of(identity.getPrincipal().getName());
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) return name;
        }
        return username();
    }

    /** The e-mail address the identity provider gives for the caller, if any. */
    public Optional<String> email() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String email = jwt.getClaim("email");
            if (email != null && !email.isBlank()) return Optional.of(email.trim());
        }
        return Optional.empty();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The one definition of who sees every department's work (issue 9; it was written four ways): the office,
     * its head, the leaders and the administrators. Everyone else sees their own department's.
     */
    public boolean seesEveryDepartment() {
        return hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN);
    }

    /** The information office (公开办) or its head: they may do a department's work for it. */
    public boolean office() {
        return hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
    }

    /**
     * The one rule for a department's own records (consultations, polls, public-opinion events…): those who see every
     * department see it; anyone else sees only their own department's, and another's is a 404 like a missing one.
     */
    public void checkSeesDepartment(String departmentCode, String what, Object id) {
        if (seesEveryDepartment()) return;
        if (!departmentCode.equals(department().orElse(null))) throw org.gongkai.common.error.ProblemException.notFound(what, id);
    }

    /**
     * The one rule for working on a department's record: the office (or its head) for any department, or the
     * department's own staff and head; {@code who} says who may, in the 403.
     */
    public void checkWorksForDepartment(String departmentCode, String what, Object id, String who) {
        checkSeesDepartment(departmentCode, what, id);
        checkOfficeOrWorksIn(departmentCode, who);
    }

    /** The same rule for records the legal section sees in every department (decisions, inspections): see, or 404. */
    public void checkSeesDepartmentsDocuments(String departmentCode, String what, Object id) {
        if (!seesEveryDepartmentsDocuments()) checkSeesDepartment(departmentCode, what, id);
    }

    /** The office (or its head), or the department's own staff and head; anyone else a 403 saying {@code who} may. */
    public void checkOfficeOrWorksIn(String departmentCode, String who) {
        if (!office() && !worksIn(departmentCode)) throw org.gongkai.common.error.ProblemException.forbidden(who);
    }

    /** The caller is staff or the head of the given department. */
    public boolean worksIn(String departmentCode) {
        return departmentCode.equals(department().orElse(null)) && hasAnyRole(Roles.STAFF, Roles.DEPARTMENT_HEAD);
    }

    /**
     * Who sees every department's documents: those above, and the legal section, which reviews every letter to an
     * applicant (R18) and every normative document in a clean-up (R9). Not the ledger or the enquiries.
     */
    public boolean seesEveryDepartmentsDocuments() {
        return seesEveryDepartment() || hasRole(Roles.LEGAL);
    }

    /** Anyone of the bureau's staff (any console role). */
    public boolean isStaff() {
        return hasAnyRole(Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION,
                Roles.LEADER, Roles.ADMIN);
    }

    /**
     * One rule for objects the caller may not know exist (issue 9): whoever may not see it — a citizen, another
     * department — gets the same 404 as for an id that does not exist.
     */
    public void requireStaffOrNotFound(String what, Object id) {
        if (!isStaff()) throw org.gongkai.common.error.ProblemException.notFound(what, id);
    }

    public boolean hasAnyRole(String... roles) {
        for (String r : roles) if (identity.hasRole(r)) return true;
        return false;
    }

    /**
     * The department a staff list is limited to: for callers who see every department, the one they ask for (or all,
     * null); for the others their own, and asking for another is a 403.
     */
    public String departmentScope(String requested, boolean seesAll, String what) {
        String asked = requested == null || requested.isBlank() ? null : requested.trim();
        if (seesAll) return asked;
        String own = department().orElseThrow(() -> org.gongkai.common.error.ProblemException.forbidden("your account has no department"));
        if (asked != null && !asked.equals(own)) {
            throw org.gongkai.common.error.ProblemException.forbidden("you can only see your own department's " + what);
        }
        return own;
    }

    /** The department code, or empty for the public and for users without one. */
    public Optional<String> department() {
        if (identity.isAnonymous()) return Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(DEPARTMENT_CLAIM);
            if (claim != null) {
                String s = claim.toString().replace("\"", "").replace("[", "").replace("]", "").trim();
                if (!s.isEmpty()) return Optional.of(s);
            }
        }
        Object attr = identity.getAttribute(DEPARTMENT_CLAIM);
        if (attr != null) return Optional.of(attr.toString());
        String full = username();
        String user = full.contains("@") ? full.substring(0, full.indexOf('@')) : full;
        return devDepartments.orElse(List.of()).stream()
                .map(e -> e.split("=", 2))
                .filter(kv -> kv.length == 2 && kv[0].trim().equals(user))
                .map(kv -> kv[1].trim())
                .findFirst();
    }
}
