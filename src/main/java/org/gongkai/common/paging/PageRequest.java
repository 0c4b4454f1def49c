package org.gongkai.common.paging;

import java.util.Set;

import jakarta.ws.rs.QueryParam;

import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongkai.common.error.Validation;

/**
 * Paging and sorting, the same on every list: {@code ?page=0&size=20&sort=dueDate,asc}.
 * Size is capped at 100; sort names a whitelisted property, then {@code asc} or {@code desc}.
 */
public class PageRequest {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @Parameter(description = "zero-based page number", example = "0")
    public String page;

    @QueryParam("size")
    @Parameter(description = "items per page, 1–100", example = "20")
    public String size;

    @QueryParam("sort")
    @Parameter(description = "property,direction — e.g. dueDate,asc", example = "dueDate,asc")
    public String sort;

    /** A checked copy: page and size parsed, the sort property one of {@code allowed}. */
    public record Checked(int page, int size, Sort sort) {
        public int offset() { return page * size; }
    }

    public Checked check(Validation v, Set<String> allowed, String defaultSort) {
        Integer p = v.integer("page", page, 0, 0, 1_000_000);
        Integer s = v.integer("size", size, 20, 1, MAX_SIZE);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = spec.split(",");
        String property = parts[0].trim();
        Sort.Direction dir = Sort.Direction.Ascending;
        if (!allowed.contains(property)) {
            v.check(false, "sort", "can sort by " + String.join(", ", allowed.stream().sorted().toList()));
        }
        if (parts.length > 1) {
            switch (parts[1].trim().toLowerCase()) {
                case "asc" -> dir = Sort.Direction.Ascending;
                case "desc" -> dir = Sort.Direction.Descending;
                default -> v.check(false, "sort", "direction must be asc or desc");
            }
        }
        return new Checked(p == null ? 0 : p, s == null ? 20 : s, Sort.by(property, dir).and("id"));
    }
}
