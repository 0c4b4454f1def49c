package org.gongkai.testsupport;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Keycloak with the gongkai realm (deploy/keycloak/gongkai-realm.json), started by deploy/keycloak.sh
 * when it is not already running, and stopped at the end if this resource started it.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    public static final String URL = System.getenv().getOrDefault("GONGKAI_TEST_KEYCLOAK_URL", "http://localhost:8180");
    private boolean startedHere;

    @Override
    public Map<String, String> start() {
        if (!ready()) {
            run("start");
            startedHere = true;
        }
        return Map.of("quarkus.oidc.auth-server-url", URL + "/realms/gongkai",
                "keycloak.url", URL);
    }

    @Override
    public void stop() {
        if (startedHere && !"true".equals(System.getenv("GONGKAI_KEEP_KEYCLOAK"))) run("stop");
    }

    static boolean ready() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(URL + "/realms/gongkai/.well-known/openid-configuration")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(String action) {
        try {
            Process p = new ProcessBuilder("bash", "deploy/keycloak.sh", action).directory(new File(".")).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("deploy/keycloak.sh " + action + " failed");
        } catch (Exception e) {
            throw new IllegalStateException("could not " + action + " Keycloak: " + e.getMessage(), e);
        }
    }
}
