package org.gongkai.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The safety net of the one mapper: an API error answered by the framework without a body (a malformed JSON
 * body, an unknown path under /api) still leaves as problem+json. Only under /api: the SPA's own routes are
 * served by Quinoa and never reach here.
 */
public class ProblemResponseFilter {

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response, Throwable thrown) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) return;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/api/")) return;
        // the JSON reader wraps what the parser said in a body-less 400: say it in words (duplicate key, truncated…)
        Throwable cause = thrown == null ? null : thrown.getCause();
        if (status == 400 && cause instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            ProblemMappers.Unreadable why = ProblemMappers.Unreadable.of(jpe);
            response.setEntity(new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400, why.detail(), path,
                    java.util.List.of(new FieldError(why.field() == null ? "body" : why.field(), why.fieldMessage()))));
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            return;
        }
        Response.StatusType st = Response.Status.fromStatusCode(status);
        String title = st == null ? "Error" : st.getReasonPhrase();
        String type = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = status == 400 ? "the request could not be read: check that the body is valid JSON" : title;
        response.setEntity(new Problem(Problem.TYPE_BASE + type, title, status, detail, path, null));
        response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
    }
}
