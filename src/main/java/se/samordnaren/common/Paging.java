package se.samordnaren.common;

import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectLimitStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way a service pages and sorts a lazy list: {@code Paging.page(select.orderBy(Paging.order(...)), page)}.
 * Sort properties come from the browser, so they are looked up in the service's map of sortable fields; an unknown
 * name is ignored, never spliced into SQL.
 */
public final class Paging {

    private Paging() {
    }

    /** The requested order (known properties only), then the tiebreakers that make the order total. */
    public static List<OrderField<?>> order(PageRequest page, Map<String, ? extends Field<?>> sortable,
                                            OrderField<?>... tiebreakers) {
        List<OrderField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sort()) {
            Field<?> field = sortable.get(sort.property());
            if (field != null) {
                order.add(sort.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
            }
        }
        order.addAll(List.of(tiebreakers));
        return order;
    }

    /** OFFSET and LIMIT of the page (the limit already capped by {@link PageRequest#MAX_LIMIT}). */
    public static <R extends Record> SelectForUpdateStep<R> page(SelectLimitStep<R> select, PageRequest page) {
        return select.offset(page.offset()).limit(page.limit());
    }
}
