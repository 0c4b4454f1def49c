package org.gongkai.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real parts every {@code @QuarkusTest} runs against, declared once for the whole suite: PostgreSQL, Keycloak and
 * an SMTP server.
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestSecretsResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpResource.class, restrictToAnnotatedClass = false)
public final class TestEnvironment {
    private TestEnvironment() {}
}
