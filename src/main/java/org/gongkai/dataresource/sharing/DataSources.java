package org.gongkai.dataresource.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.error.ProblemException;

/**
 * Where a shared resource's records come from (R40: by request and response, never by copy): the registered endpoint
 * of the system that carries it, asked {@code GET endpoint?resource=code&page=p&size=s} and answering
 * {@code {"total": n, "records": [{field: value, …}]}}; or a source the platform holds itself ({@code platform:…}: the
 * monthly statistics of applications and of enquiries). Nothing here masks: {@link SharingService} does, for every source.
 */
@ApplicationScoped
public class DataSources {
    public static final String PLATFORM = "platform:";
    /** The sources the platform holds itself, with the fields each gives. */
    public static final Map<String, List<String>> OWN = Map.of(
            "application-stats", List.of("月份", "收到申请", "已答复"),
            "enquiry-stats", List.of("月份", "收到留言", "已办结"));

    public record SourcePage(long total, List<Map<String, Object>> records) {}

    @Inject
    io.vertx.mutiny.core.Vertx vertx;
    @Inject
    Pool pool;
    @ConfigProperty(name = "gongkai.data-resources.system-timeout-ms", defaultValue = "5000")
    int timeoutMs;

    WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(3000).setKeepAlive(true).setMaxPoolSize(32)
                .setUserAgent("gongkai-sharing").setFollowRedirects(false));
    }

    @PreDestroy
    void close() {
        if (client != null) client.close();
    }

    /** An endpoint as a registration may give it: http(s)://host… or platform:&lt;one of OWN&gt;. Null when it is fine, else what is wrong. */
    public static String invalid(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) return "is required: http(s)://… or platform:" + String.join("|", OWN.keySet());
        String e = endpoint.trim();
        if (e.startsWith(PLATFORM)) return OWN.containsKey(e.substring(PLATFORM.length())) ? null : "the platform holds " + OWN.keySet();
        try {
            java.net.URI u = java.net.URI.create(e);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) return "is an http(s) address";
            if (u.getQuery() != null || u.getFragment() != null) return "has no query or fragment: the platform adds resource, page and size";
        } catch (IllegalArgumentException ex) {
            return "is not an address";
        }
        return e.length() > 500 ? "is at most 500 characters" : null;
    }

    public Uni<SourcePage> fetch(String endpoint, String code, int page, int size) {
        if (endpoint.startsWith(PLATFORM)) return own(endpoint.substring(PLATFORM.length()), page, size);
        return client.getAbs(endpoint).addQueryParam("resource", code).addQueryParam("page", String.valueOf(page)).addQueryParam("size", String.valueOf(size))
                .timeout(timeoutMs).send()
                .onFailure().transform(e -> upstream("did not answer (" + e.getClass().getSimpleName() + ")"))
                .map(resp -> {
                    if (resp.statusCode() != 200) throw upstream("answered " + resp.statusCode());
                    JsonObject body;
                    try {
                        body = resp.bodyAsJsonObject();
                    } catch (RuntimeException e) {
                        throw upstream("did not answer JSON");
                    }
                    if (body == null || !(body.getValue("records") instanceof JsonArray rs)) throw upstream("answered without records");
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (Object o : rs) {
                        if (o instanceof JsonObject j) out.add(j.getMap());
                    }
                    if (out.size() > size) out = out.subList(0, size);
                    Object total = body.getValue("total");
                    return new SourcePage(total instanceof Number n ? n.longValue() : out.size(), out);
                });
    }

    static ProblemException upstream(String what) {
        return new ProblemException(502, "upstream", "The system that carries the resource failed", "the system " + what, null);
    }

    private Uni<SourcePage> own(String source, int page, int size) {
        String sql = switch (source) {
            case "application-stats" -> "select to_char(received_on, 'YYYY-MM') m, count(*) a, count(*) filter (where outcome is not null) b, count(*) over () t "
                    + "from disclosure_application group by 1 order by 1 desc limit $1 offset $2";
            case "enquiry-stats" -> "select to_char(received_on, 'YYYY-MM') m, count(*) a, count(*) filter (where state = 'CLOSED') b, count(*) over () t "
                    + "from enquiry group by 1 order by 1 desc limit $1 offset $2";
            default -> throw upstream("platform:" + source + " is not a source of the platform");
        };
        List<String> names = OWN.get(source);
        return pool.preparedQuery(sql).execute(Tuple.of(size, page * size)).map(rows -> {
            List<Map<String, Object>> out = new ArrayList<>();
            long total = 0;
            for (Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(names.get(0), r.getString("m"));
                m.put(names.get(1), r.getLong("a"));
                m.put(names.get(2), r.getLong("b"));
                out.add(m);
                total = r.getLong("t");
            }
            return new SourcePage(total, out);
        });
    }
}
