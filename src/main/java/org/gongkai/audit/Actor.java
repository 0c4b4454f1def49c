package org.gongkai.audit;

import java.util.Set;
import java.util.TreeSet;

import org.gongkai.common.security.CurrentUser;

/** Who did it: a user with roles and department, or the system itself (start-up loads, the daily sweep). */
public record Actor(String username, Set<String> roles, String department) {
    public static final Actor SYSTEM = new Actor("system", Set.of("system"), null);
    /** Someone of the public without an account (they act with a tracking number and query code). */
    public static final Actor PUBLIC = new Actor("anonymous", Set.of("public"), null);

    public static Actor of(CurrentUser user) {
        return new Actor(user.username(), new TreeSet<>(user.roles()), user.department().orElse(null));
    }

    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
