package com.example.fulfillment.edge;

import java.util.List;
import java.util.function.Function;

import com.example.fulfillment.domain.ResultPage;

/**
 * The one paging scheme of every list in the API: {@code ?page=} (from 0) and {@code ?size=} (at most
 * {@link #MAX_SIZE}), answered as {@code {"page", "size", "total", "items"}}, so that no list returns every row.
 */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** A page of a list as the API answers it. */
    public record Page<T>(int page, int size, long total, List<T> items) {

        public static <D, T> Page<T> of(ResultPage<D> found, Function<D, T> view) {
            return new Page<>(found.page(), found.size(), found.total(), found.items().stream().map(view).toList());
        }
    }
}
