package org.gongkai.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Named parameters made positional for the reactive client and for JDBC (issue 18: the search on either database). */
class NamedParametersTest {
    @Test
    void eachNameGetsOneNumberAndACollectionAListOfThem() {
        Map<String, Object> p = Map.of("tokens", "招生 入学", "kinds", List.of("ITEM", "ENQUIRY"), "limit", 20);
        var x = NamedParameters.of("select 1 from d where v @@ plainto_tsquery('simple', :tokens) and kind in (:kinds) "
                + "order by ts_rank(v, plainto_tsquery('simple', :tokens)) desc limit :limit", p);
        assertEquals("select 1 from d where v @@ plainto_tsquery('simple', $1) and kind in ($2, $3) "
                + "order by ts_rank(v, plainto_tsquery('simple', $1)) desc limit $4", x.sql());
        assertEquals(Arrays.asList("招生 入学", "ITEM", "ENQUIRY", 20), x.values());
    }

    @Test
    void jdbcGetsAQuestionMarkAndAValuePerUse() {
        var x = NamedParameters.jdbc("select :a, :b, :a", Map.of("a", 1, "b", 2));
        assertEquals("select ?, ?, ?", x.sql());
        assertEquals(List.of(1, 2, 1), x.values());
    }

    @Test
    void castsWordsAndTimesAreNotParameters() {
        var x = NamedParameters.of("select '12:30'::time, x::text, :term1x, :term10x from t", Map.of("term1x", "a", "term10x", "b"));
        assertEquals("select '12:30'::time, x::text, $1, $2 from t", x.sql());
        assertEquals(List.of("a", "b"), x.values());
    }

    @Test
    void aMissingValueOrAnEmptyListIsAnErrorNotANull() {
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.of("select :gone", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.of("select 1 where k in (:kinds)", Map.of("kinds", List.of())));
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("dept", null);
        assertEquals(Arrays.asList((Object) null), NamedParameters.of("select :dept", nulls).values(), "a null given is a null bound");
    }
}
