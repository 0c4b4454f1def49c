package org.gongkai.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; the same shape on every list endpoint. */
@Schema(name = "Page")
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {
    public static <T> Page<T> of(List<T> items, PageRequest.Checked req, long total) {
        int pages = (int) ((total + req.size() - 1) / req.size());
        return new Page<>(items, req.page(), req.size(), total, pages);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total, totalPages);
    }
}
