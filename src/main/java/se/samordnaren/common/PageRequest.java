package se.samordnaren.common;

import java.util.List;

/**
 * One page of a lazy list: where it starts, how many rows, in which order. Sort properties are names the list
 * offers ({@link Paging} looks them up in the service's whitelist of fields; they never reach SQL as text).
 */
public record PageRequest(int offset, int limit, List<Sort> sort) {

    /** The most rows one request may fetch, whatever the caller asks for. */
    public static final int MAX_LIMIT = 500;

    public record Sort(String property, boolean descending) {
    }

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.max(0, Math.min(limit, MAX_LIMIT));
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, List.of());
    }
}
