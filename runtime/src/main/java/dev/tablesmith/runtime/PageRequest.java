package dev.tablesmith.runtime;

import java.util.Optional;

/**
 * Which page to read: the first, or the one after a cursor, and how many items at most.
 *
 * @param size the page size, or 0 for the query's default
 * @param cursor where to start, or null for the first page
 */
public record PageRequest(int size, Cursor cursor) {

    /** Checks the size. */
    public PageRequest {
        if (size != 0) {
            checkSize(size);
        }
    }

    /** @return the first page, default size */
    public static PageRequest first() {
        return new PageRequest(0, null);
    }

    /** @param size items per page (1 to 1000) @return the first page */
    public static PageRequest first(int size) {
        checkSize(size);
        return new PageRequest(size, null);
    }

    /** @param cursor from a previous page @return the next page, default size */
    public static PageRequest after(Cursor cursor) {
        return new PageRequest(0, cursor);
    }

    /**
     * @param size items per page (1 to 1000)
     * @param cursor from a previous page, or null for the first
     * @return the page request
     */
    public static PageRequest of(int size, Cursor cursor) {
        checkSize(size);
        return new PageRequest(size, cursor);
    }

    /** @return the cursor, if any */
    public Optional<Cursor> optionalCursor() {
        return Optional.ofNullable(cursor);
    }

    static void checkSize(int size) {
        if (size < 1 || size > 1000) {
            throw new InvalidValueException("page size must be 1 to 1000, got " + size);
        }
    }
}
