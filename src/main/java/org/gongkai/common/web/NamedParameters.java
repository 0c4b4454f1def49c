package org.gongkai.common.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A statement written with named parameters ({@code :name}, as Hibernate's native queries take them) made ready for
 * a driver that numbers them: the reactive PostgreSQL client ({@code $1, $2 …}, each name one number however often it
 * is used) or JDBC ({@code ?} per use, for the benchmarks). A collection becomes a list ({@code in (:kinds)} →
 * {@code in ($3, $4)}); {@code ::} casts are left alone; a name without a value is an error, not a null.
 */
public final class NamedParameters {
    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    private NamedParameters() {}

    /** The statement and its values in the order of their numbers. */
    public record Positional(String sql, List<Object> values) {
        public Tuple tuple() {
            return Tuple.from(values);
        }
    }

    /** For the reactive client: {@code $n}. */
    public static Positional of(String sql, Map<String, ?> params) {
        return convert(sql, params, true);
    }

    /** For JDBC: {@code ?}, a value per use. */
    public static Positional jdbc(String sql, Map<String, ?> params) {
        return convert(sql, params, false);
    }

    private static Positional convert(String sql, Map<String, ?> params, boolean numbered) {
        Map<String, String> seen = new HashMap<>();
        List<Object> values = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!params.containsKey(name)) throw new IllegalArgumentException("no value for :" + name);
            String placeholders = numbered ? seen.get(name) : null;
            if (placeholders == null) {
                Object v = params.get(name);
                Collection<?> each = v instanceof Collection<?> c ? c : java.util.Collections.singletonList(v);
                if (each.isEmpty()) throw new IllegalArgumentException("an empty collection for :" + name);
                List<String> ps = new ArrayList<>();
                for (Object x : each) {
                    values.add(x);
                    ps.add(numbered ? "$" + values.size() : "?");
                }
                placeholders = String.join(", ", ps);
                seen.put(name, placeholders);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(placeholders));
        }
        m.appendTail(out);
        return new Positional(out.toString(), values);
    }
}
