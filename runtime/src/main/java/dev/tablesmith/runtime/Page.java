package dev.tablesmith.runtime;

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
    @SuppressWarnings("unchecked") // every element of out is an R, made by convert
    public <R> Page<R> map(Function<? super T, ? extends R> convert) {
        // One array, copied once by List.of (which refuses nulls, as the page does); the page
        // keeps that list as it is. An ArrayList would be copied twice more.
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = convert.apply(items.get(i));
        }
        return new Page<>((List<R>) List.of(out), next);
    }
}
