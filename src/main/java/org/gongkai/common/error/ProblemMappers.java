package org.gongkai.common.error;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 problem+json. Deliberately no mapper for
 * {@code NotFoundException}, {@code WebApplicationException}, {@code RuntimeException} or {@code Exception}:
 * those would make the REST layer answer unknown paths and break the SPA's client-side routes
 * (stack-recipe.md). Unknown failures stay 500s, logged without request bodies (no personal data in logs).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        Response.ResponseBuilder rb = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (status == 401) rb.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\"");
        return rb.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
        if (e.retryAfterSeconds() > 0) r.getHeaders().putSingle("Retry-After", String.valueOf(e.retryAfterSeconds()));
        return r;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return problem(400, "validation", "Invalid request",
                errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " invalid", uri, errors);
    }

    /** "create.request.title" → "title": the client knows its own body, not our method names. */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length >= 3) return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        return parts[parts.length - 1];
    }

    /** Jackson's own mappers for these would answer without a body: ours name the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : jme.getPath()) {
                if (r.getFieldName() != null) {
                    if (!sb.isEmpty()) sb.append('.');
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            field = sb.toString();
        }
        Unreadable why = Unreadable.of(e);
        if (why.field() != null) field = why.field();
        return problem(400, "malformed-body", "Malformed request body", why.detail(), uri,
                List.of(new FieldError(field, why.fieldMessage())));
    }

    /** What is wrong with an unreadable body, in words a client can act on (the parser's own text stays in the log). */
    record Unreadable(String detail, String field, String fieldMessage) {
        static Unreadable of(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Unreadable u = one(t);
                if (u != null) return u;
            }
            return new Unreadable("the request body is not valid JSON for this operation", null, "has the wrong type or form");
        }

        private static Unreadable one(Throwable e) {
            String m = String.valueOf(e.getMessage());
            if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException || m.contains("nesting depth")) {
                return new Unreadable("the body is nested too deeply (more than " + StrictJson.MAX_NESTING + " levels)", null, "is nested too deeply");
            }
            if (m.startsWith("Duplicate field")) {
                java.util.regex.Matcher k = java.util.regex.Pattern.compile("Duplicate field '([^']{1,64})'").matcher(m);
                String key = k.find() ? k.group(1) : null;
                return new Unreadable("the body has a duplicate key" + (key == null ? "" : " '" + key + "'") + ": give each key once",
                        key, "is given more than once");
            }
            if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || m.startsWith("Unexpected end-of-input")) {
                return new Unreadable("the body ends too early: the JSON is truncated", null, "is truncated");
            }
            if (m.contains("UTF-8") || e instanceof java.io.CharConversionException) {
                return new Unreadable("the body is not valid UTF-8 text", null, "is not valid UTF-8");
            }
            return null;
        }
    }

    /**
     * A multipart body that cannot be parsed (wrong boundary, truncated part, a header line broken by CR/LF) is
     * the client's error. Other I/O failures are ours: a 500 problem, logged by class only.
     */
    @ServerExceptionMapper
    public Response io(java.io.IOException e, UriInfo uri) {
        if (isMultipart(e)) {
            return problem(400, "malformed-multipart", "Malformed multipart body",
                    "the multipart/form-data body could not be read: check the boundary, the part headers and the file name", uri,
                    List.of(new FieldError("file", "could not be read from the multipart body")));
        }
        LOG.errorf("I/O failure %s at %s", e.getClass().getName(), uri == null ? "" : uri.getPath());
        return problem(500, "internal", "Internal error", "the server failed to handle this request", uri, null);
    }

    @ServerExceptionMapper
    public Response malformedMultipart(org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e, UriInfo uri) {
        return io(new java.io.IOException("malformed multipart body", e), uri);
    }

    static boolean isMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("multipart")) return true;
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().contains(".multipart.")) return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri) {
        return problem(400, "bad-request", "Bad request", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(405, "method-not-allowed", "Method not allowed", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(406, "not-acceptable", "Not acceptable", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(401, "unauthorized", "Authentication required",
                "log in: this operation needs a bearer token", uri, null);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(401, "unauthorized", "Authentication required", "the bearer token was not accepted", uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        LOG.debugf("forbidden: %s", uri == null ? "" : uri.getPath());
        return problem(403, "forbidden", "Forbidden", "your roles do not allow this operation", uri, null);
    }
}
