package se.samordnaren.common;

import java.util.List;
import java.util.Optional;

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

    /**
     * The rows of {@code page} out of {@code rows}, the rows read ahead for this page (a list's opening statement),
     * if they hold them all: both from the start in the list's own order, and {@code page} no longer than this one
     * unless the list has no more rows. Else empty (the caller reads the page from SQL).
     */
    public <T> Optional<List<T>> slice(List<T> rows, PageRequest page) {
        boolean all = rows.size() < limit || page.limit() <= limit;
        return page.offset() == 0 && page.sort().isEmpty() && offset == 0 && sort.isEmpty() && all
                ? Optional.of(rows.subList(0, Math.min(page.limit(), rows.size())))
                : Optional.empty();
    }
}
