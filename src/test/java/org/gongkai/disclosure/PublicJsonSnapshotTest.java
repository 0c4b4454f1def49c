package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the public endpoints are made faster without changing what they answer. Each response (or, in a shared
 * list, the entries of this test's items) is compared field by field, in order, with a snapshot taken before the
 * change, in {@code src/test/resources/snapshots/}; ids, index numbers and the unique title token are replaced by
 * placeholders. {@code -Dsnapshots.update=true} rewrites the snapshots (review the diff: it is the public contract).
 */
@QuarkusTest
class PublicJsonSnapshotTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Path DIR = Path.of("src/test/resources/snapshots/public");

    final Map<String, String> placeholders = new LinkedHashMap<>();

    @Test
    void publicResponsesKeepTheirShapeAndValues() throws IOException {
        // a year nobody else publishes in, so that the year filter and the feed find only these items
        Clock.at("2029-03-15T09:30");
        String n = String.valueOf(System.nanoTime());
        String token = "快照" + n;
        placeholders.put(token, "<token>");
        placeholders.put(n, "<n>");
        long doc = Items.draft(Items.body("YWJYZS", "关于" + token + "义务教育招生入学的通知", "临教发〔2029〕7号", "2029-03-14", "PUBLIC",
                null).replace("\"subjects\":[\"招生\",\"义务教育\"]", "\"subjects\":[\"招生\",\"义务教育\",\"" + token + "\"]"));
        long related = Items.draft(Items.body("YWJYZS", token + "招生问答", null, "2029-03-14", "PUBLIC", null));
        as("staff").body(Map.of("itemId", related, "relation", "RELATED")).post("/api/v1/items/" + doc + "/links").then().statusCode(201);
        Items.publish(related);
        Items.publish(doc);
        placeholders.put("\"id\" : " + doc, "\"id\" : \"<doc>\"");
        placeholders.put("\"id\" : " + related, "\"id\" : \"<related>\"");
        placeholders.put("\"refId\" : \"" + doc + "\"", "\"refId\" : \"<doc>\"");
        placeholders.put("\"refId\" : \"" + related + "\"", "\"refId\" : \"<related>\"");
        placeholders.put("/items/" + doc, "/items/<doc>");
        placeholders.put("/items/" + related, "/items/<related>");
        String indexNo = as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(200).extract().path("indexNo");
        String indexNo2 = as("anonymous").get("/api/v1/portal/items/" + related).then().statusCode(200).extract().path("indexNo");
        placeholders.put(indexNo, "<indexNo:doc>");
        placeholders.put(indexNo2, "<indexNo:related>");

        check("item", get("/api/v1/portal/items/" + doc));
        check("item-history", get("/api/v1/portal/items/" + doc + "/history"));
        check("item-version", get("/api/v1/portal/items/" + doc + "/versions/1"));
        check("list-year", get("/api/v1/portal/items?column=YWJYZS&year=2029&size=5"));
        JsonNode column = get("/api/v1/portal/items?column=ZSKS&size=50");
        check("list-column-entries", entries(column.get("items"), "id", List.of(doc, related)));
        check("list-column-envelope", envelope(column));
        check("search-portal", get("/api/v1/portal/search?q=" + token));
        check("search-portal-phrase", get("/api/v1/portal/search?q=" + token + "义务教育"));
        check("search-portal-docnumber", entries(get("/api/v1/portal/search?q=临教发〔2029〕7号&year=2029").get("items"), "id", List.of(doc)));
        check("search-all", get("/api/v1/search?q=" + token));
        check("feed-json", entries(get("/api/v1/feeds/latest.json?column=YWJYZS&limit=100").get("items"), "url",
                List.of("/items/" + doc, "/items/" + related)));
        String rss = as("anonymous").get("/api/v1/feeds/latest.rss?column=YWJYZS&limit=100").then().statusCode(200).extract().asString();
        int at = rss.indexOf("<item><title>关于" + token);
        assertNotNull(at >= 0 ? "" : null, "the RSS feed has the item");
        checkText("feed-rss-item", rss.substring(at, rss.indexOf("</item>", at) + 7));
        check("not-found", JSON.readTree(as("anonymous").get("/api/v1/portal/items/99999999").then().statusCode(404).extract().asString()));
    }

    JsonNode get(String path) throws IOException {
        return JSON.readTree(as("anonymous").get(path).then().statusCode(200).extract().asString());
    }

    /** This test's entries of a shared list, in the list's order. */
    static JsonNode entries(JsonNode list, String key, List<?> wanted) {
        var out = JSON.createArrayNode();
        for (JsonNode n : list) {
            for (Object w : wanted) {
                String v = n.get(key).asText();
                if (v.equals(String.valueOf(w)) || v.endsWith(String.valueOf(w))) out.add(n);
            }
        }
        assertEquals(wanted.size(), out.size(), "every item of this test is in the list: " + list);
        return out;
    }

    /** A shared list's envelope: its field names and the page it is. */
    static JsonNode envelope(JsonNode page) {
        var out = JSON.createObjectNode();
        page.fieldNames().forEachRemaining(f -> out.put(f, f.equals("page") || f.equals("size") ? page.get(f).asText() : page.get(f).getNodeType().name()));
        return out;
    }

    void check(String name, JsonNode actual) throws IOException {
        checkText(name + ".json", JSON.writeValueAsString(actual));
    }

    void checkText(String name, String raw) throws IOException {
        String actual = raw;
        for (var e : placeholders.entrySet()) {
            // a whole number only: id 12 is not the start of id 123
            actual = actual.replaceAll(java.util.regex.Pattern.quote(e.getKey()) + (e.getKey().matches(".*\\d") ? "(?!\\d)" : ""),
                    java.util.regex.Matcher.quoteReplacement(e.getValue()));
        }
        Path file = DIR.resolve(name.contains(".") ? name : name + ".txt");
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8).strip(), actual.strip(), "the public JSON of " + name + " is unchanged");
    }
}
