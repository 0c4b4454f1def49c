package org.gongkai.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.keycloak.client.KeycloakTestClient;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a demo user of the real Keycloak realm, with a real access token (cached per user). */
public final class Users {
    public static final String PASSWORD = "Gongkai-Demo-2026";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Users() {}

    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> new KeycloakTestClient().getAccessToken(u, PASSWORD, "gongkai-test", "gongkai-test-secret"));
    }

    /** A system's token: the client-credentials grant of a service-account client of the realm (secret: its id + "-secret"). */
    public static String clientToken(String clientId) {
        return TOKENS.computeIfAbsent("client:" + clientId, c -> new KeycloakTestClient().getClientAccessToken(clientId, clientId + "-secret"));
    }

    /** Requests as another body's system (consumer systems, the city platform). */
    public static RequestSpecification asSystem(String clientId) {
        return given().contentType(ContentType.JSON).auth().oauth2(clientToken(clientId));
    }

    /** A multipart upload as a browser sends it: file names in UTF-8 (Chinese names arrive intact). */
    public static RequestSpecification upload(String user) {
        var config = io.restassured.RestAssured.config()
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE));
        RequestSpecification r = given().config(config).contentType("multipart/form-data; charset=UTF-8");
        return "anonymous".equals(user) ? r : r.auth().oauth2(token(user));
    }

    /** {@code as("office")}; "anonymous" sends no token. */
    public static RequestSpecification as(String user) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return "anonymous".equals(user) ? r : r.auth().oauth2(token(user));
    }
}
