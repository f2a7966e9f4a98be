package org.reftally.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * An unmodifiable sorted map over two arrays: keys in ascending natural order, each once, and
 * their values.
 *
 * <p>It is how a {@link ContestTally} given its units as {@link UnitColumns} shows them as a map:
 * two arrays rather than a {@code TreeMap} with an entry object per unit (a returns file may have a
 * million). Entries are made as they are iterated, not kept. Lookups are binary searches; views
 * ({@link #subMap} and the like) share the arrays, and keys outside a view's range are taken as its
 * ends.
 *
 * <p>Immutable (the arrays are never written, and not handed out) and thread-safe.
 *
 * @param <K> the key type, compared by its natural order
 * @param <V> the value type
 */
final class SortedArrayMap<K extends Comparable<K>, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

    private final K[] keys;
    private final V[] values;
    private final int from;
    private final int to;

    /** The map of {@code keys[i]} to {@code values[i]}; the keys must be in strictly ascending order. */
    SortedArrayMap(K[] keys, V[] values) {
        this(keys, values, 0, keys.length);
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys but " + values.length + " values");
        }
    }

    private SortedArrayMap(K[] keys, V[] values, int from, int to) {
        this.keys = keys;
        this.values = values;
        this.from = from;
        this.to = to;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public Comparator<? super K> comparator() {
        return null; // natural order
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next = from;

                    @Override
                    public boolean hasNext() {
                        return next < to;
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (next >= to) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public K firstKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return keys[from];
    }

    @Override
    public K lastKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return keys[to - 1];
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " is after toKey " + toKey);
        }
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return new SortedArrayMap<>(keys, values, from, lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), to);
    }

    /** The index of the first entry in range whose key is not less than {@code key}. */
    private int lowerBound(K key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the entry in range with {@code key}, or -1. */
    @SuppressWarnings("unchecked")
    private int indexOf(Object key) {
        K k = (K) key; // a key of another type fails here as TreeMap.get does, with ClassCastException
        int i = lowerBound(k);
        return i < to && keys[i].compareTo(k) == 0 ? i : -1;
    }
}
