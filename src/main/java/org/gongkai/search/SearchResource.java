package org.gongkai.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.catalogue.service.CatalogueService;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class SearchResource {
    @Inject
    SearchIndex index;
    @Inject
    org.gongkai.common.web.PublicCache cache;
    @Inject
    ChineseSegmenter segmenter;
    @Inject
    CatalogueService catalogue;
    @Inject
    org.gongkai.common.worker.Workers workers;

    @Schema(name = "CrossSearchHit")
    public record Hit(@Schema(description = "ITEM, ENQUIRY (more kinds as the features publish them)") String kind, String refId, String title,
                      List<Highlight.Segment> titleSegments, List<Highlight.Segment> snippet,
                      @Schema(description = "the portal page", examples = "/items/42") String link, String columnCode, String departmentCode,
                      int year, Instant publishedAt) {}

    @Schema(name = "CrossSearchResult")
    public record Result(String q, List<String> words, List<Hit> items, int page, int size, long total, int totalPages, SearchIndex.Facets facets,
                         @Schema(description = "ALL: everything asked for matched; WITHOUT_QUESTION_WORDS: a question matched without 哪些, 如何…; "
                                 + "MOST: nothing matched it all, these match most of it (a wrong character); NONE: nothing found") SearchIndex.Match match) {}

    @GET
    @Operation(summary = "Search everything public 全站搜索", description = "One search across kinds — published items, answered enquiries, and "
            + "what later features publish — with Chinese word segmentation, ranking, highlighting and facets (kind, column, department, year). "
            + "Filters: kind (comma-separated), column (with its sub-columns), department, year.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first, and the facets of the whole match")
    @APIResponse(responseCode = "400", description = "No query or a wrong filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Result> search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("column") String column,
                              @QueryParam("department") String department, @QueryParam("year") String year,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation v = new Validation();
        v.check(q != null && !q.isBlank() && q.length() <= 100, "q", "is required, at most 100 characters");
        List<String> kinds = kind == null || kind.isBlank() ? null : Arrays.stream(kind.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        v.check(kinds == null || kinds.stream().allMatch(k -> k.matches("[A-Z_]{1,32}")), "kind", "kinds in capitals, comma-separated: ITEM,ENQUIRY");
        Integer y = v.integer("year", year, -1, 1990, 2100);
        Integer p = v.integer("page", page, 0, 0, 1000);
        Integer s = v.integer("size", size, 20, 1, 50);
        v.throwIfInvalid();
        String query = q.trim();
        String dept = department == null || department.isBlank() ? null : department.trim();
        Uni<List<String>> columns = column == null || column.isBlank() ? Uni.createFrom().nullItem() : catalogue.publishedColumnAndBelow(column).map(cols -> {
            if (cols == null) throw ProblemException.badField("column", "no column " + column + " in the current catalogue");
            return new ArrayList<>(cols);
        });
        // the same question asked again before anything is published is answered from memory (issue 17)
        return columns.flatMap(cols -> cache.get(Arrays.asList("search", query, kinds, cols, dept, y, p, s), () -> workers.run(() -> SearchIndex.Query.of(segmenter, query)).flatMap(parsed -> index.search(parsed,
                        new SearchIndex.Filter(kinds, cols, dept, y == null || y < 0 ? null : y), p, s)
                .map(r -> {
                    List<String> marks = marks(parsed, r.match());
                    List<Hit> hits = r.rows().stream().map(x -> new Hit(x.kind(), x.refId(), x.title(), Highlight.segments(x.title(), marks),
                            Highlight.segments(Highlight.snippet(x.text(), marks, 120), marks), x.link(), x.columnCode(), x.departmentCode(),
                            x.year(), x.publishedAt())).toList();
                    return new Result(query, parsed.words(), hits, p, s, r.total(), (int) ((r.total() + s - 1) / s), r.facets(), r.match());
                }))));
    }

    /** What to highlight: the words and the query as typed; a question without its question words; for MOST, its bigrams too. */
    public static List<String> marks(SearchIndex.Query q, SearchIndex.Match match) {
        List<String> marks = new ArrayList<>(Highlight.marks(q.words(), q.raw()));
        if (match == SearchIndex.Match.WITHOUT_QUESTION_WORDS || match == SearchIndex.Match.MOST) {
            marks.addAll(SearchText.significant(q.strippedWords()));
            marks.addAll(Arrays.asList(q.stripped().split(" ")));
        }
        if (match == SearchIndex.Match.MOST) marks.addAll(SearchText.distinctTerms(q.stripped()).stream().filter(t -> t.length() > 1).toList());
        return marks;
    }
}
