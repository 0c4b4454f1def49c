package org.gongkai.common.error;

import java.util.List;

/**
 * The one exception the application throws for a client error. The single mapper in {@link ProblemMappers}
 * turns it into problem+json. Never a JAX-RS {@code NotFoundException}: mapping that breaks SPA routing.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** 409: the action is not allowed in the subject's current state (a transition table said no). */
    public static ProblemException illegalTransition(String subject, Object from, String action) {
        return new ProblemException(409, "illegal-transition", "Illegal state transition",
                "the action '" + action + "' is not allowed for " + subject + " while it is in state " + from, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException badFields(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " invalid", errors);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** 503 with {@code Retry-After: 1}: past capacity, refused at once rather than queued (issue 17). */
    public static ProblemException busy(String detail) {
        return new ProblemException(503, "overloaded", "Service busy", detail, null) {
            @Override
            public int retryAfterSeconds() {
                return 1;
            }
        };
    }

    /** Seconds a client should wait before retrying (429, 503); 0 for none. */
    public int retryAfterSeconds() { return 0; }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<FieldError> errors() { return errors; }
}
