package dev.tablesmith.runtime;

import java.util.Objects;

/**
 * An opaque pagination cursor: where the next page of one query starts. It is bound to that
 * query (pattern, index, partition, sort condition, filter, order) and protected against
 * alteration; any other use is refused with {@link InvalidCursorException}. Pass
 * {@link #token()} to clients and {@link #of(String)} back.
 */
public final class Cursor {
    private final String token;

    private Cursor(String token) {
        this.token = token;
    }

    /**
     * @param token a token from {@link #token()}
     * @return the cursor (checked when used)
     */
    public static Cursor of(String token) {
        if (Objects.requireNonNull(token, "token").isEmpty()) {
            throw new InvalidCursorException("empty cursor");
        }
        return new Cursor(token);
    }

    /** @return the URL-safe token */
    public String token() {
        return token;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cursor other && token.equals(other.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return token;
    }
}
