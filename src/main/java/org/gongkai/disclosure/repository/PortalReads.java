package org.gongkai.disclosure.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.disclosure.rest.dto.PortalItemView;

/**
 * The portal's hottest reads (issue 17), straight from the reactive client into the view records: only the fields
 * shown (never the body or the search text in a list), one statement per request (a list's page and its total
 * together, from one partial index that also makes the count an index-only scan; an item with its live links), no
 * ORM session, no hydration. The JSON is the one the Hibernate reads gave (PublicJsonSnapshotTest).
 */
@ApplicationScoped
public class PortalReads {
    static final String LISTED = "item_id, index_no, version_no, column_code, title, doc_number, issuing_department, created_date, "
            + "published_at, subjects, summary, normative, validity, valid_from, valid_to, channels, item_type, forms";
    /** The sortable properties of a list and their columns; ties are broken by the version's id, as before. */
    static final Map<String, String> COLUMNS = Map.of("publishedAt", "published_at", "createdDate", "created_date", "title", "title", "id", "id");

    /** The primary, or a replica as fresh as the primary (issue 18): these are reads of published content only. */
    @Inject
    org.gongkai.common.web.PublicReadPool reads;

    /** The where clause of a list and its parameters, numbered from $1. */
    public record Where(String sql, List<Object> params) {}

    public static Where where(InfoItemVersionRepository.PortalFilter f) {
        StringBuilder w = new StringBuilder("current and kind = 'ITEM'");
        List<Object> p = new ArrayList<>();
        if (f.columns() != null) {
            p.add(f.columns().toArray(String[]::new));
            w.append(" and column_code = any($").append(p.size()).append(")");
        }
        if (f.year() != null) {
            p.add(LocalDate.of(f.year(), 1, 1));
            w.append(" and created_date >= $").append(p.size());
            p.add(LocalDate.of(f.year() + 1, 1, 1));
            w.append(" and created_date < $").append(p.size());
        }
        if (f.department() != null) {
            p.add(f.department());
            w.append(" and issuing_department = $").append(p.size());
        }
        if (f.validity() != null) {
            p.add(f.validity());
            w.append(" and validity = $").append(p.size());
        }
        if (f.form() != null) {
            // an interpretation's form (issue 11): only interpretations have forms
            p.add("%," + f.form() + ",%");
            w.append(" and item_type = 'INTERPRETATION' and (',' || forms || ',') like $").append(p.size());
        }
        return new Where(w.toString(), p);
    }

    public static String orderBy(Sort sort) {
        List<String> out = new ArrayList<>();
        for (Sort.Column c : sort.getColumns()) {
            String col = COLUMNS.get(c.getName());
            if (col == null) throw new IllegalArgumentException("not a sortable property: " + c.getName());
            out.add(col + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""));
        }
        return String.join(", ", out);
    }

    /** The statement of one page of a list with its total: one row per item, or one row with the total only. */
    public static String listSql(Where w, Sort sort) {
        int n = w.params().size();
        return "select c.total, p.* from (select count(*) as total from info_item_version where " + w.sql() + ") c left join lateral (select "
                + LISTED + " from info_item_version where " + w.sql() + " order by " + orderBy(sort) + " limit $" + (n + 1) + " offset $" + (n + 2)
                + ") p on true";
    }

    public Uni<Page<PortalItemView>> list(InfoItemVersionRepository.PortalFilter f, PageRequest.Checked page) {
        Where w = where(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(page.size());
        params.add(page.offset());
        return reads.read(db -> db.preparedQuery(listSql(w, page.sort())).execute(Tuple.from(params))).map(rows -> {
            long total = 0;
            List<PortalItemView> items = new ArrayList<>();
            for (Row r : rows) {
                total = r.getLong("total");
                if (r.getLong("item_id") != null) items.add(brief(r));
            }
            return Page.of(items, page, total);
        });
    }

    /** The newest items of these columns (all when null), for the feeds. */
    public Uni<List<PortalItemView>> latest(Collection<String> columns, int limit) {
        String sql = "select " + LISTED + " from info_item_version where current and kind = 'ITEM'"
                + (columns == null ? " order by published_at desc, id desc limit $1" : " and column_code = any($2) order by published_at desc, id desc limit $1");
        Tuple t = columns == null ? Tuple.of(limit) : Tuple.of(limit, columns.toArray(String[]::new));
        return reads.read(db -> db.preparedQuery(sql).execute(t)).map(rows -> {
            List<PortalItemView> out = new ArrayList<>();
            for (Row r : rows) out.add(brief(r));
            return out;
        });
    }

    /** An item's current version as the portal shows it, with its live links, and the ids of its attachments. */
    public record Current(PortalItemView view, List<Long> attachmentIds) {}

    static final String ITEM = "select " + LISTED + ", body, attachment_ids, details, (select json_agg(json_build_array(o.id, o.title, o.item_type, "
            + "case when k.relation = 'RELATED' then 'RELATED' when k.from_item_id = v.item_id then 'INTERPRETS' else 'INTERPRETED_BY' end) order by k.id) "
            + "from info_item_link k join info_item o on o.id = case when k.from_item_id = v.item_id then k.to_item_id else k.from_item_id end "
            + "where (k.from_item_id = v.item_id or k.to_item_id = v.item_id) and o.published_version > 0 and o.state not in ('WITHDRAWN', 'DECIDED')) as links "
            + "from info_item_version v where item_id = $1 and current and kind = 'ITEM'";

    public Uni<Current> item(long itemId) {
        return reads.read(db -> db.preparedQuery(ITEM).execute(Tuple.of(itemId))).map(rows -> {
            if (rows.size() == 0) return null;
            Row r = rows.iterator().next();
            List<PortalItemView.PortalLink> links = new ArrayList<>();
            Object json = r.getValue("links");
            if (json != null) {
                JsonArray a = json instanceof JsonArray arr ? arr : new JsonArray(json.toString());
                for (int i = 0; i < a.size(); i++) {
                    JsonArray l = a.getJsonArray(i);
                    links.add(new PortalItemView.PortalLink(l.getLong(0), l.getString(1), ItemType.valueOf(l.getString(2)), l.getString(3)));
                }
            }
            List<Long> attachments = new ArrayList<>();
            String ids = r.getString("attachment_ids");
            if (ids != null) for (String s : ids.split(",")) if (!s.isBlank()) attachments.add(Long.parseLong(s.trim()));
            PortalItemView b = view(r, r.getString("body"), org.gongkai.interpretation.InterpretationDetails.parse(r.getString("details")));
            return new Current(b.withLinks(links), attachments);
        });
    }

    /** What a search hit shows of an item (its text for the snippet), in the order of the ids given (the ranking). */
    public record HitSource(long itemId, String indexNo, String title, String docNumber, String columnCode, String issuingDepartment,
                            LocalDate createdDate, String publishedAt, Validity validity, String summary, String plainText, String body) {}

    public Uni<List<HitSource>> hits(List<Long> itemIds) {
        if (itemIds.isEmpty()) return Uni.createFrom().item(List.of());
        return reads.read(db -> db.preparedQuery("select item_id, index_no, title, doc_number, column_code, issuing_department, created_date, published_at, "
                        + "validity, summary, plain_text, case when plain_text is null then body end as body from info_item_version "
                        + "where item_id = any($1) and current")
                .execute(Tuple.of(itemIds.toArray(Long[]::new)))).map(rows -> {
                    Map<Long, HitSource> by = new HashMap<>();
                    for (Row r : rows) {
                        String v = r.getString("validity");
                        by.put(r.getLong("item_id"), new HitSource(r.getLong("item_id"), r.getString("index_no"), r.getString("title"),
                                r.getString("doc_number"), r.getString("column_code"), r.getString("issuing_department"), r.getLocalDate("created_date"),
                                r.getOffsetDateTime("published_at").toInstant().toString(), v == null ? null : Validity.valueOf(v),
                                r.getString("summary"), r.getString("plain_text"), r.getString("body")));
                    }
                    List<HitSource> out = new ArrayList<>();
                    for (Long id : itemIds) if (by.containsKey(id)) out.add(by.get(id));
                    return out;
                });
    }

    static PortalItemView brief(Row r) {
        return view(r, null, null);
    }

    static PortalItemView view(Row r, String body, org.gongkai.interpretation.InterpretationDetails interpretation) {
        String validity = r.getString("validity");
        return new PortalItemView(r.getLong("item_id"), r.getString("index_no"), r.getInteger("version_no"), r.getString("column_code"),
                r.getString("title"), r.getString("doc_number"), r.getString("issuing_department"), r.getLocalDate("created_date"),
                r.getOffsetDateTime("published_at").toInstant().toString(), ItemView.split(r.getString("subjects")), r.getString("summary"), body,
                r.getBoolean("normative"), validity == null ? null : Validity.valueOf(validity), r.getLocalDate("valid_from"),
                r.getLocalDate("valid_to"), ItemView.split(r.getString("channels")), true, List.of(), ItemType.valueOf(r.getString("item_type")),
                List.of(), PortalItemView.forms(r.getString("forms")), interpretation);
    }
}
