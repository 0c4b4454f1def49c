package org.gongkai.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Settings away from their legal defaults, for the tests of what they switch (one profile, so that the suite starts
 * the application once more, not once per setting): fees charged (R17), and an interpretation allowed up to 3
 * working days after its document (R24, as several provinces allow).
 */
public class NonDefaultSettings implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gongkai.applications.fees.enabled", "true", "gongkai.interpretation.max-lag-working-days", "3");
    }
}
