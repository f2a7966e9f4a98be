package org.reftally.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * An unmodifiable sorted map over an array of entries sorted by key (natural order, no key twice).
 *
 * <p>It exists to hand a contest's units to {@link org.reftally.model.ContestTally}, whose
 * constructor copies any {@link SortedMap} of natural order into its {@code TreeMap} in linear time
 * ({@code TreeMap.putAll} builds the tree from the sorted entries) instead of putting the keys one
 * by one, which for a returns file of a million units cost some twenty million comparisons. Lookups
 * are binary searches; views ({@link #subMap} and the like) share the array.
 *
 * <p>Immutable (the array is owned and never written after {@link #of}) and thread-safe.
 *
 * @param <K> the key type, compared by its natural order
 * @param <V> the value type
 */
final class SortedEntries<K extends Comparable<K>, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

    private final Map.Entry<K, V>[] entries;
    private final int from;
    private final int to;

    private SortedEntries(Map.Entry<K, V>[] entries, int from, int to) {
        this.entries = entries;
        this.from = from;
        this.to = to;
    }

    /**
     * The map of {@code entries}, which it takes over and sorts by key (in linear time when they
     * come sorted, as the units of a file sorted by jurisdiction and area do).
     *
     * @throws IllegalArgumentException when two entries have equal keys
     */
    static <K extends Comparable<K>, V> SortedEntries<K, V> of(Map.Entry<K, V>[] entries) {
        Arrays.sort(entries, Map.Entry.comparingByKey());
        for (int i = 1; i < entries.length; i++) {
            if (entries[i - 1].getKey().compareTo(entries[i].getKey()) == 0) {
                throw new IllegalArgumentException("the key " + entries[i].getKey() + " is given twice");
            }
        }
        return new SortedEntries<>(entries, 0, entries.length);
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public Comparator<? super K> comparator() {
        return null; // natural order: what lets TreeMap copy this map in linear time
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
                        return entries[next++];
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
        return i < 0 ? null : entries[i].getValue();
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
        return entries[from].getKey();
    }

    @Override
    public K lastKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return entries[to - 1].getKey();
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " is after toKey " + toKey);
        }
        return new SortedEntries<>(entries, lowerBound(fromKey), lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return new SortedEntries<>(entries, from, lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return new SortedEntries<>(entries, lowerBound(fromKey), to);
    }

    /** The index of the first entry in range whose key is not less than {@code key}. */
    private int lowerBound(K key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid].getKey().compareTo(key) < 0) {
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
        return i < to && entries[i].getKey().compareTo(k) == 0 ? i : -1;
    }
}
