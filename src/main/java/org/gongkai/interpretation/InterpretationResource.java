package org.gongkai.interpretation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.web.PublicCache;

/** The portal's figures on interpretations (issue 11): how many a year, in which forms, and the share in more than text. */
@Path("/api/v1/portal/interpretations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class InterpretationResource {
    @Inject
    Pool pool;
    @Inject
    TimeSource time;
    @Inject
    PublicCache cache;

    @Schema(name = "InterpretationFormCount")
    public record FormCount(InterpretationDetails.Form form, long count) {}

    @Schema(name = "InterpretationFigures", description = "Interpretations first published in a year: in total, in more than text form (图解, 音频, 视频 …; what inspections count), by form, by the bureau head (R26)")
    public record Figures(int year, long total,
                          @Schema(description = "in at least one form other than text") long richForm,
                          @Schema(description = "richForm / total, in per cent with one decimal; 0 when there is none") double richFormShare,
                          @Schema(description = "by the bureau's head (R26: at least one a year)") long byHead,
                          List<FormCount> byForm) {}

    /**
     * The first version of each interpretation published in the year (a withdrawn one was published all the same),
     * counted in the database from the stored forms and the head's flag: one statement, no document text read.
     */
    static final String SQL = "with v as (select v.forms, (v.details::jsonb ->> 'byHead') = 'true' as head from info_item_version v "
            + "where v.version_no = 1 and v.kind = 'ITEM' and v.item_type = 'INTERPRETATION' and v.published_at >= $1 and v.published_at < $2) "
            + "select null as form, count(*) as n, count(*) filter (where exists (select 1 from unnest(string_to_array(v.forms, ',')) f where f <> 'TEXT')) as rich, "
            + "count(*) filter (where v.head) as head from v "
            + "union all select f, count(*), 0, 0 from v, unnest(string_to_array(v.forms, ',')) f group by f";

    @GET
    @Path("/figures")
    @Operation(summary = "Interpretation figures 政策解读统计", description = "Interpretations first published in the year, by form, and the share in more than text form.")
    @APIResponse(responseCode = "200", description = "The year's figures")
    @APIResponse(responseCode = "400", description = "A wrong year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Figures> figures(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, time.today().getYear(), 2000, 2100);
        v.throwIfInvalid();
        var from = LocalDate.of(y, 1, 1).atStartOfDay(TimeSource.ZONE).toOffsetDateTime();
        var to = LocalDate.of(y + 1, 1, 1).atStartOfDay(TimeSource.ZONE).toOffsetDateTime();
        return cache.get(List.of("interpretation-figures", y), () -> pool.preparedQuery(SQL).execute(Tuple.of(from, to)).map(rows -> {
            long total = 0, rich = 0, head = 0;
            java.util.Map<String, Long> by = new java.util.HashMap<>();
            for (Row r : rows) {
                String form = r.getString("form");
                if (form == null) {
                    total = r.getLong("n");
                    rich = r.getLong("rich");
                    head = r.getLong("head");
                } else {
                    by.put(form, r.getLong("n"));
                }
            }
            List<FormCount> forms = new ArrayList<>();
            for (InterpretationDetails.Form f : InterpretationDetails.Form.values()) forms.add(new FormCount(f, by.getOrDefault(f.name(), 0L)));
            double share = total == 0 ? 0 : Math.round(rich * 1000.0 / total) / 10.0;
            return new Figures(y, total, rich, share, head, forms);
        }));
    }
}
