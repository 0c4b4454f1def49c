package org.gongkai.search;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Db;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a row written before the search's current shape (no bigrams, unweighted words) is rebuilt in place from
 * its stored text; a row withdrawn meanwhile is not brought back.
 */
@QuarkusTest
class SearchRefreshTest {
    @Inject
    SearchRefresh refresh;

    @Test
    void olderRowsAreRebuiltInPlace() throws Throwable {
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            s.execute("insert into search_document (kind, ref_id, title, body_text, search_vector, year, published_at, link, doc_number, index_version) "
                    + "values ('OLDKIND', 'old-1', '关于公布老城区小学学区划分的通知', '老城区学区范围。', to_tsvector('simple', '关于 公布 老城区 小学 学 区 划分 的 通知'), "
                    + "2025, now(), '/old/1', '临教发〔2019〕77号', 1)");
        }
        // before: no normalised document number, no bigrams
        as("anonymous").queryParam("q", "2019年77号").queryParam("kind", "OLDKIND").get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0));
        assertTrue(refresh.refreshAll() >= 1);
        as("anonymous").queryParam("q", "老城区小学学区划分").queryParam("kind", "OLDKIND").get("/api/v1/search").then().statusCode(200)
                .body("match", equalTo("ALL")).body("items[0].refId", equalTo("old-1"));
        as("anonymous").queryParam("q", "2019年77号").queryParam("kind", "OLDKIND").get("/api/v1/search").then().statusCode(200)
                .body("items[0].refId", equalTo("old-1"));
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select index_version, count(*) over () from search_document where kind = 'OLDKIND'");
            assertTrue(rs.next());
            assertEquals(SearchIndex.INDEX_VERSION, rs.getInt(1));
            assertEquals(1, rs.getInt(2), "rebuilt in place, not added");
            s.execute("delete from search_document where kind = 'OLDKIND'");
        }
        assertEquals(0, refresh.refreshAll(), "nothing older is left");
    }
}
