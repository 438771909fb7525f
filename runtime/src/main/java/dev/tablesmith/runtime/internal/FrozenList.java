package dev.tablesmith.runtime.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list over an array that nothing changes once the list is made: decoders fill the
 * array and hand it over, so a nested list costs one object and its array, as a hand-built
 * {@code ArrayList} does, where an {@code ArrayList} behind {@code Collections.unmodifiableList}
 * costs two objects and the array. Every mutator throws {@link UnsupportedOperationException}
 * ({@link AbstractList}'s); equality and hash code are a list's.
 *
 * @param <E> the element type
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    /**
     * @param elements the elements, which this list owns now: no one may change the array
     */
    public FrozenList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    @SuppressWarnings("unchecked") // the array holds only Es: the decoder that filled it says so
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
