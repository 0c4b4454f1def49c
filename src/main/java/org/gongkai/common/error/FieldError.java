package org.gongkai.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failing input: which field (query parameter, JSON property or path segment) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(examples = "days") String field,
        @Schema(examples = "must be between 1 and 366") String message) {
}
