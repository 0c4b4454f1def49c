package org.gongkai.common.security;

import java.util.List;

/** The realm roles of requirements.md ("Actors and roles"), in one place. Keycloak's realm declares the same names. */
public final class Roles {
    private Roles() {}

    public static final String PUBLIC = "public";
    public static final String CITIZEN = "citizen";
    public static final String STAFF = "staff";
    public static final String DEPARTMENT_HEAD = "department-head";
    public static final String OFFICE = "office";
    public static final String OFFICE_HEAD = "office-head";
    public static final String LEGAL = "legal";
    public static final String INFO_SECTION = "info-section";
    public static final String LEADER = "leader";
    public static final String ADMIN = "admin";
    /** Another body's system calling a shared resource (R40), a Keycloak client with the client-credentials grant. */
    public static final String DATA_CONSUMER = "data-consumer";
    /** The city's sharing platform delivering other bodies' requests (R41, R43). */
    public static final String CITY_PLATFORM = "city-platform";

    public static final List<String> ALL = List.of(PUBLIC, CITIZEN, STAFF, DEPARTMENT_HEAD, OFFICE, OFFICE_HEAD,
            LEGAL, INFO_SECTION, LEADER, ADMIN, DATA_CONSUMER, CITY_PLATFORM);

    /** Roles that work in the staff console. */
    public static final List<String> STAFF_ROLES = List.of(STAFF, DEPARTMENT_HEAD, OFFICE, OFFICE_HEAD, LEGAL,
            INFO_SECTION, LEADER, ADMIN);
}
