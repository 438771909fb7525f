package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.Utf8;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB counts it against the 400 KB limit: attribute names and values in
 * UTF-8 bytes, numbers at about one byte per two significant digits plus one, one byte for
 * booleans and nulls, three bytes plus one per element for lists and maps.
 */
public final class ItemSize {
    /** DynamoDB's item size limit: 400 KB. */
    public static final long LIMIT = 400 * 1024;

    private ItemSize() {
    }

    /**
     * @param item an item
     * @return its size in bytes
     */
    public static long of(Map<String, AttributeValue> item) {
        // forEach, not entrySet: a write's item (StampedItem) is read without building a map.
        long[] size = {0};
        item.forEach((name, value) -> size[0] += Utf8.length(name) + of(value));
        return size[0];
    }

    /**
     * @param item an item
     * @return the item
     * @throws ItemTooLargeException when it is over {@link #LIMIT}
     */
    public static Map<String, AttributeValue> check(Map<String, AttributeValue> item) {
        // Almost every item is far below the limit: a bound from string lengths (3 UTF-8 bytes a
        // char at most) proves it without reading a character.
        if (bound(item) <= LIMIT) {
            return item;
        }
        long size = of(item);
        if (size > LIMIT) {
            throw new ItemTooLargeException(size, LIMIT);
        }
        return item;
    }

    private static long of(AttributeValue value) {
        switch (value.type()) {
            case S:
                return Utf8.length(value.s());
            case N:
                return number(value.n());
            case B:
                return value.b().asByteArrayUnsafe().length;
            case SS:
                return value.ss().stream().mapToLong(Utf8::length).sum();
            case NS:
                return value.ns().stream().mapToLong(ItemSize::number).sum();
            case BS:
                return value.bs().stream().mapToLong(ItemSize::bytes).sum();
            case L:
                return container(value.l());
            case M:
                return 3 + value.m().size() + of(value.m());
            default:
                return 1;
        }
    }

    private static long bound(Map<String, AttributeValue> item) {
        long[] size = {0};
        item.forEach((name, value) -> size[0] += 3L * name.length() + bound(value));
        return size[0];
    }

    private static long bound(AttributeValue value) {
        switch (value.type()) {
            case S:
                return 3L * value.s().length();
            case N:
                return numberBound(value.n());
            case B:
                return value.b().asByteArrayUnsafe().length;
            case SS:
                long chars = 0;
                for (String s : value.ss()) {
                    chars += s.length();
                }
                return 3 * chars;
            case NS:
                long numbers = 0;
                for (String n : value.ns()) {
                    numbers += numberBound(n);
                }
                return numbers;
            case BS:
                return value.bs().stream().mapToLong(ItemSize::bytes).sum();
            case L:
                long list = 3 + value.l().size();
                for (AttributeValue element : value.l()) {
                    list += bound(element);
                }
                return list;
            case M:
                return 3 + value.m().size() + bound(value.m());
            default:
                return 1;
        }
    }

    /** At least {@link #number}: its significant digits are at most all its characters. */
    private static long numberBound(String text) {
        return text.length() / 2 + 2;
    }

    private static long container(List<AttributeValue> values) {
        long size = 3 + values.size();
        for (AttributeValue value : values) {
            size += of(value);
        }
        return size;
    }

    private static long bytes(SdkBytes bytes) {
        return bytes.asByteArrayUnsafe().length;
    }

    private static long number(String text) {
        int digits = 0;
        int firstSignificant = -1;
        int lastSignificant = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                firstSignificant = firstSignificant < 0 ? digits : firstSignificant;
                lastSignificant = digits;
            }
            digits += Character.isDigit(c) ? 1 : 0;
        }
        int significant = firstSignificant < 0 ? 1 : lastSignificant - firstSignificant + 1;
        return (significant + 1) / 2 + 1;
    }
}
