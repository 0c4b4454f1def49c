package org.gongkai.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; {@code errors} lists the failing fields of a 400. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "https://gongkai.org/problems/validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(examples = "/api/v1/calendar/due-date") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://gongkai.org/problems/";
}
