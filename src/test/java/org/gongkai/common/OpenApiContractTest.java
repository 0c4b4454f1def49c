package org.gongkai.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The web UI's API types are generated from webui/openapi.json; this test keeps that file equal to the live
 * document. After an API change: {@code deploy/gen-api.sh} rewrites it and regenerates webui/src/types/api.ts.
 */
@QuarkusTest
class OpenApiContractTest {
    static final Path SNAPSHOT = Path.of("webui/openapi.json");

    @Test
    void webUiTypesAreGeneratedFromTheLiveDocument() throws Exception {
        String live = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        JsonNode liveTree = m.readTree(live);
        if (Boolean.getBoolean("gongkai.openapi.write")) {
            Files.writeString(SNAPSHOT, m.writeValueAsString(m.treeToValue(liveTree, Object.class)) + "\n");
        }
        JsonNode snapshot = m.readTree(Files.readString(SNAPSHOT));
        assertEquals(liveTree, snapshot, "webui/openapi.json is stale: run deploy/gen-api.sh");
    }
}
