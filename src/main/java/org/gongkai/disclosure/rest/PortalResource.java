package org.gongkai.disclosure.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.catalogue.service.CatalogueService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.repository.InfoItemVersionRepository;
import org.gongkai.disclosure.rest.dto.PortalItemView;
import org.gongkai.search.ChineseSegmenter;
import org.gongkai.search.Highlight;
import org.gongkai.search.HtmlText;

/** The public portal's reads: published items only, never drafts, never non-public attributes. */
@Path("/api/v1/portal")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户", description = "Published information: catalogue columns, items, search, the Disclosure Guide")
public class PortalResource {
    static final Set<String> SORTABLE = Set.of("publishedAt", "createdDate", "title", "id");

    @Inject
    InfoItemVersionRepository versions;
    @Inject
    org.gongkai.disclosure.repository.PortalReads reads;
    @Inject
    org.gongkai.common.web.PublicCache cache;
    @Inject
    CatalogueService catalogue;
    @Inject
    ChineseSegmenter segmenter;
    @Inject
    org.gongkai.search.SearchIndex searchIndex;
    @Inject
    org.gongkai.common.worker.Workers workers;
    @Inject
    org.gongkai.files.AttachmentService attachments;

    private Uni<PortalItemView> withAttachments(InfoItemVersion v) {
        return attachments.byIds(v.attachmentIdList())
                .map(list -> PortalItemView.of(v).withAttachments(list.stream().map(org.gongkai.files.AttachmentService.View::of).toList()))
                // only the linked items that are on the portal themselves
                .flatMap(view -> links.of(v.itemId).map(ls -> view.withLinks(ls.stream().filter(l -> l.other().live())
                        .map(l -> new PortalItemView.PortalLink(l.other().id, l.other().title, l.other().itemType, l.direction())).toList())));
    }

    @Inject
    org.gongkai.disclosure.service.ItemLinkService links;

    private Uni<InfoItemVersionRepository.PortalFilter> filter(Validation v, String column, String year, String department, String validity, String form) {
        Integer y = v.integer("year", year, -1, 1990, 2100);
        Validity val = validity == null || validity.isBlank() ? null : v.enumValue("validity", validity, Validity.class, null);
        var fm = form == null || form.isBlank() ? null
                : v.enumValue("form", form, org.gongkai.interpretation.InterpretationDetails.Form.class, null);
        String formName = fm == null ? null : fm.name();
        v.throwIfInvalid();
        Integer yr = y == null || y < 0 ? null : y;
        String dept = department == null || department.isBlank() ? null : department.trim();
        if (column == null || column.isBlank()) {
            return Uni.createFrom().item(new InfoItemVersionRepository.PortalFilter(null, yr, dept, val == null ? null : val.name(), formName));
        }
        return catalogue.publishedColumnAndBelow(column).map(cols -> {
            if (cols == null) throw ProblemException.notFound("column", column);
            return new InfoItemVersionRepository.PortalFilter(cols, yr, dept, val == null ? null : val.name(), formName);
        });
    }

    @GET
    @Path("/items")
    @Operation(summary = "Published items 公开信息列表", description = "Newest first; a column includes its sub-columns; filter by year of creation, issuing department, validity, and an interpretation's form (issue 11).")
    @APIResponse(responseCode = "200", description = "One page of items")
    @APIResponse(responseCode = "404", description = "No such column", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PortalItemView>> items(@QueryParam("column") String column, @QueryParam("year") String year,
                                           @QueryParam("department") String department, @QueryParam("validity") String validity,
                                           @Parameter(description = "an interpretation's form: TEXT, GRAPHIC, QA, AUDIO, VIDEO, ANIMATION, EXPERT, OFFICIAL")
                                           @QueryParam("form") String form,
                                           @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, SORTABLE, "publishedAt,desc");
        // a page is the same until something is published: kept in memory until then (issue 17)
        return filter(v, column, year, department, validity, form).flatMap(f -> cache.get(List.of("portal-list", f, page.page(), page.size(),
                org.gongkai.disclosure.repository.PortalReads.orderBy(page.sort())), () -> reads.list(f, page)));
    }

    @GET
    @Path("/items/{id}")
    @Operation(summary = "One published item 公开信息", description = "The current version with its metadata (索引号, 发布机构, 生成日期, 文号, 有效性).")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "Not published (or withdrawn)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortalItemView> item(@PathParam("id") long id) {
        return cache.get(List.of("portal-item", id), () -> reads.item(id).flatMap(c -> {
            if (c == null) throw ProblemException.notFound("published item", id);
            if (c.attachmentIds().isEmpty()) return Uni.createFrom().item(c.view());
            return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> attachments.byIds(c.attachmentIds()))
                    .map(list -> c.view().withAttachments(list.stream().map(org.gongkai.files.AttachmentService.View::of).toList()));
        }), view -> 2000L + (view.body() == null ? 0 : view.body().length()) + (view.summary() == null ? 0 : view.summary().length()));
    }

    @GET
    @Path("/items/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment 下载附件", description = "Only attachments of the item's current published version.")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not an attachment of a published item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(versions.current(id).flatMap(v -> {
            if (v == null || !v.attachmentIdList().contains(attachmentId)) throw ProblemException.notFound("attachment", attachmentId);
            // the live version keeps its files even when a revision in progress removed them
            return attachments.byIds(java.util.List.of(attachmentId)).map(l -> {
                if (l.isEmpty()) throw ProblemException.notFound("attachment", attachmentId);
                return l.get(0);
            });
        }));
    }

    @Schema(name = "ItemHistoryEntry")
    public record HistoryEntry(int versionNo, String publishedAt, String changeNote, boolean current) {}

    @GET
    @Path("/items/{id}/history")
    @Operation(summary = "Change history 修订记录")
    @APIResponse(responseCode = "200", description = "Newest first")
    @APIResponse(responseCode = "404", description = "Not published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<HistoryEntry>> history(@PathParam("id") long id) {
        return versions.current(id).flatMap(cur -> {
            if (cur == null) throw ProblemException.notFound("published item", id);
            return versions.history(id);
        }).map(l -> l.stream().map(v -> new HistoryEntry(v.versionNo, v.publishedAt.toString(), v.changeNote, v.current)).toList());
    }

    @GET
    @Path("/items/{id}/versions/{no}")
    @Operation(summary = "An earlier version 历史版本")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version of a published item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortalItemView> version(@PathParam("id") long id, @PathParam("no") int no) {
        return versions.current(id).flatMap(cur -> {
            if (cur == null) throw ProblemException.notFound("published item", id);
            return versions.version(id, no);
        }).map(v -> {
            if (v == null) throw ProblemException.notFound("version", no);
            return PortalItemView.of(v);
        });
    }

    @Schema(name = "SearchHit")
    public record Hit(long id, String indexNo, String title, List<Highlight.Segment> titleSegments, List<Highlight.Segment> snippet,
                      String docNumber, List<Highlight.Segment> docNumberSegments, String columnCode, String issuingDepartment,
                      String createdDate, String publishedAt, Validity validity) {}

    @Schema(name = "SearchResult")
    public record SearchResult(String q, List<String> words, List<Hit> items, int page, int size, long total, int totalPages) {}

    @GET
    @Path("/search")
    @Operation(summary = "Search 站内搜索", description = "Chinese full-text search over published items: "
            + "titles, summaries and bodies (words segmented with smartcn, title weighted above summary above text), phrases as typed, document "
            + "numbers in their usual forms (临教办字〔2018〕62号, [2018]62, 2018年62号), department names; a question or a wrong character "
            + "relaxes the match. The same ranking as /api/v1/search, narrowed to items, with filters and highlighted matches.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first")
    @APIResponse(responseCode = "400", description = "No query or a wrong filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SearchResult> search(@QueryParam("q") String q, @QueryParam("column") String column, @QueryParam("year") String year,
                                    @QueryParam("department") String department, @QueryParam("validity") String validity,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation v = new Validation();
        v.check(q != null && !q.isBlank() && q.length() <= 100, "q", "is required, at most 100 characters");
        Integer p = v.integer("page", page, 0, 0, 1000);
        Integer s = v.integer("size", size, 20, 1, 50);
        String query = q == null ? "" : q.trim();
        // the one search (issue 10, ranked as issue 16 measures it), narrowed to items; the hits read from the current versions;
        // the same question asked again before anything is published is answered from memory (issue 17)
        return filter(v, column, year, department, validity, null).flatMap(f -> cache.get(List.of("portal-search", query, f, p, s), () -> workers.run(() -> org.gongkai.search.SearchIndex.Query.of(segmenter, query))
                .flatMap(parsed -> searchIndex.search(parsed, new org.gongkai.search.SearchIndex.Filter(List.of("ITEM"),
                                f.columns() == null ? null : new java.util.ArrayList<>(f.columns()), f.department(), f.year(), f.validity()), p, s, false)
                        .flatMap(r -> reads.hits(r.rows().stream().map(x -> Long.parseLong(x.refId())).toList()).map(list -> {
                            List<String> marks = org.gongkai.search.SearchResource.marks(parsed, r.match());
                            List<Hit> hits = list.stream().map(x -> hit(x, marks)).toList();
                            return new SearchResult(query, parsed.words(), hits, p, s, r.total(), (int) ((r.total() + s - 1) / s));
                        })))));
    }

    static Hit hit(org.gongkai.disclosure.repository.PortalReads.HitSource v, List<String> marks) {
        // precomputed at publication; versions published before it existed fall back to parsing
        String text = v.plainText() != null ? v.plainText()
                : (v.summary() == null || v.summary().isBlank() ? "" : v.summary() + " ") + HtmlText.plain(v.body());
        return new Hit(v.itemId(), v.indexNo(), v.title(), Highlight.segments(v.title(), marks),
                Highlight.segments(Highlight.snippet(text, marks, 120), marks), v.docNumber(),
                v.docNumber() == null ? List.of() : Highlight.segments(v.docNumber(), marks), v.columnCode(), v.issuingDepartment(),
                String.valueOf(v.createdDate()), v.publishedAt(), v.validity());
    }

    @GET
    @Path("/guide")
    @Operation(summary = "The Disclosure Guide 政府信息公开指南 (R10)", description = "The current published version.")
    @APIResponse(responseCode = "200", description = "The guide")
    @APIResponse(responseCode = "404", description = "Not published yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortalItemView> guide() {
        return versions.currentGuide().flatMap(v -> {
            if (v == null) throw ProblemException.notFound("Disclosure Guide", "");
            return withAttachments(v);
        });
    }
}
