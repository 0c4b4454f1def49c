package org.gongkai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, reliability: bad input from anyone is a 4xx problem+json naming the problem, never a 500; and the
 * proxy handling does not leak a socket per request.
 */
@QuarkusTest
class RobustnessTest {

    private static void malformedJson(byte[] body, String expectInDetail) {
        given().contentType("application/json").body(body).when().post("/api/v1/enquiries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString(expectInDetail));
    }

    @Test
    void duplicateKeysAreRefused() {
        malformedJson("{\"title\":\"a\",\"title\":\"b\"}".getBytes(StandardCharsets.UTF_8), "duplicate");
    }

    @Test
    void unreadableBodiesAre400NamingTheProblem() {
        malformedJson("{\"publishable\": NaN}".getBytes(StandardCharsets.UTF_8), "not valid JSON");
        malformedJson("{\"title\":\"abc".getBytes(StandardCharsets.UTF_8), "ends too early");
        byte[] badUtf8 = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        malformedJson(badUtf8, "UTF-8");
        String deep = "{\"unknownKey\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        malformedJson(deep.getBytes(StandardCharsets.UTF_8), "nested");
    }

    @Test
    void malformedMultipartIs400() {
        given().contentType("multipart/form-data; boundary=XYZ").log().ifValidationFails()
                .body("--WRONG\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--WRONG--".getBytes())
                .when().post("/api/v1/applications/track/files")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        given().contentType("multipart/form-data")
                .body("garbage".getBytes())
                .when().post("/api/v1/applications/track/files")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        String crlfName = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--XYZ--\r\n";
        given().contentType("multipart/form-data; boundary=XYZ").body(crlfName.getBytes())
                .when().post("/api/v1/applications/track/files")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void tooLargeAndTooLongAreProblems() {
        byte[] big = new byte[26 * 1024 * 1024];
        given().contentType("application/json").body(big).when().post("/api/v1/enquiries")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        given().when().get("/api/v1/items?q=" + "x".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    private static long openFiles() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    /** What the open files are, by kind (socket, anon_inode, pipe, path), for the failure message. */
    private static java.util.Map<String, Long> openFileKinds() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.map(p -> {
                try {
                    String t = Files.readSymbolicLink(p).toString();
                    return t.startsWith("/") ? "file" : t.replaceAll("\\[.*", "").replaceAll(":.*", "");
                } catch (IOException e) {
                    return "gone";
                }
            }).collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        }
    }

    /** With a bare "::1" among the trusted proxies every forwarded request leaked a DNS socket. */
    @Test
    void forwardedRequestsDoNotLeakFiles() throws Exception {
        // one client with keep-alive, as a load balancer is: what grows is then the server's, not the test's
        var client = java.net.http.HttpClient.newHttpClient();
        java.util.function.IntConsumer send = i -> {
            try {
                var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/departments"))
                        .header("X-Forwarded-For", "203.0.113." + (i % 200)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        for (int i = 0; i < 20; i++) send.accept(i);
        long before = openFiles();
        var kindsBefore = openFileKinds();
        for (int i = 0; i < 300; i++) send.accept(i);
        long after = openFiles();
        assertTrue(after - before < 30, "open files grew from " + before + " to " + after + " over 300 requests: "
                + kindsBefore + " -> " + openFileKinds());
    }

    @Test
    void problemBodiesCarryTheirType() {
        given().contentType("application/json").body("{\"title\":").when().post("/api/v1/enquiries")
                .then().statusCode(400).body("type", notNullValue());
    }

    @Test
    void securityHeadersOnEveryResponse() {
        var r = given().when().get("/api/v1/config").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:"))
                .extract();
        org.junit.jupiter.api.Assertions.assertNull(r.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
        org.junit.jupiter.api.Assertions.assertNull(r.header("Cache-Control"), "a public answer may be cached");
        // behind the trusted load balancer that terminated TLS
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/config").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="));
        // errors carry them too
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void personalAnswersAreNotStored() {
        org.gongkai.testsupport.Users.as("citizen").get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", "no-store");
    }
}
