package com.example.fulfillment.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items of page number page (from 0) of size size, out of total in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<T, R> mapping) {
        return new ResultPage<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
