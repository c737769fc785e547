package io.switchboard.interfaces.rest;

import java.util.List;

/** One page of a list: the items, where the page starts and how many there are in all. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
}
