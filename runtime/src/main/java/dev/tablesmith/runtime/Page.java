package dev.tablesmith.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of query results and the cursor for the next. A page may be empty yet have a cursor
 * (a filter dropped every item DynamoDB read); iterate until {@link #hasMore()} is false.
 *
 * @param <T> the item type
 * @param items the items, in key order
 * @param next the cursor of the next page, or null on the last page
 */
public record Page<T>(List<T> items, Cursor next) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** @return the cursor of the next page, or empty on the last page */
    public Optional<Cursor> cursor() {
        return Optional.ofNullable(next);
    }

    /** @return true when there may be more items after this page */
    public boolean hasMore() {
        return next != null;
    }

    /**
     * @param <R> the new item type
     * @param convert applied to every item (a codec's decode)
     * @return the converted page, same cursor
     */
    public <R> Page<R> map(Function<? super T, ? extends R> convert) {
        List<R> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(convert.apply(item));
        }
        return new Page<>(out, next);
    }
}
