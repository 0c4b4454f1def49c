package org.gongkai.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Secrets the production profile refuses to default (the packaged app in the browser journeys runs as prod). */
public class TestSecretsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("gongkai.crypto.sm4-key", "dGVzdC1zbTQta2V5LTE2Qg==",
                "quarkus.oidc.credentials.secret", "gongkai-api-secret");
    }

    @Override
    public void stop() {
    }
}
