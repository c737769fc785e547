package io.switchboard.interfaces.rest;

import java.util.List;

/**
 * One page of a list: the items, where the page starts and how many there are in all; {@code totalCapped} true when
 * the list stopped counting at {@code total} and there are more (absent otherwise).
 */
public record Page<T>(List<T> items, int offset, int limit, long total, Boolean totalCapped) {

    public Page(List<T> items, int offset, int limit, long total) {
        this(items, offset, limit, total, null);
    }
}
